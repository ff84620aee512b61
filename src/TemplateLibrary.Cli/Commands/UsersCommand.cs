using System.CommandLine;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Cli.Output;
using TemplateLibrary.Web.Accounts;
using TemplateLibrary.Web.Audit;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib users add|list|remove|reset|token`: the accounts that sign in to the web workspace; passwords are read from stdin.</summary>
internal sealed class UsersCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var command = new Command("users", "Manage the accounts of librarians, administrators and readers.");
        command.Subcommands.Add(Add(options, guard));
        command.Subcommands.Add(List(options, guard));
        command.Subcommands.Add(Named(options, guard, "remove", "Remove an account and its API token.", (accounts, name, _) =>
        {
            accounts.Remove(name, AuditActions.CommandLineUser);
            return $"removed {name}";
        }));
        command.Subcommands.Add(Named(options, guard, "reset", "Set a new password, read from the first line of stdin.", (accounts, name, context) =>
        {
            accounts.ResetPassword(name, ReadPassword(context), AuditActions.CommandLineUser);
            return $"password reset for {name}";
        }));
        command.Subcommands.Add(Named(options, guard, "token", "Issue a new API token (replacing the old one) and print it once.", (accounts, name, _) =>
            accounts.IssueToken(name, AuditActions.CommandLineUser)));
        return command;
    }

    private static Command Add(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var name = new Argument<string>("NAME") { Description = "The sign-in name." };
        var role = new Option<string>("--role") { Description = "reader, librarian or admin.", DefaultValueFactory = _ => Roles.Librarian };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var command = new Command("add", "Add an account; the password is read from the first line of stdin.") { name, role };
        command.SetAction(parse => guard(context =>
        {
            using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
            services.Administration.Add(parse.GetValue(name)!, parse.GetValue(role)!, ReadPassword(context), AuditActions.CommandLineUser);
            context.Output.WriteLine($"added {parse.GetValue(name)} ({parse.GetValue(role)})");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command List(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var json = GlobalOptions.CreateJson();
        var command = new Command("list", "List the accounts.") { json };
        command.SetAction(parse => guard(context =>
        {
            using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
            var accounts = services.Administration.List();
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, accounts);
            }
            else
            {
                foreach (var account in accounts)
                {
                    context.Output.WriteLine($"{account.Name}\t{account.Role}\t{account.Created:yyyy-MM-dd}\t{(account.HasToken ? "token" : "-")}");
                }
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Named(
        GlobalOptions options, Func<Func<CliContext, int>, int> guard, string verb, string description, Func<AccountAdministration, string, CliContext, string> run)
    {
        var name = new Argument<string>("NAME") { Description = "The sign-in name." };
        var command = new Command(verb, description) { name };
        command.SetAction(parse => guard(context =>
        {
            using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
            context.Output.WriteLine(run(services.Administration, parse.GetValue(name)!, context));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string ReadPassword(CliContext context) =>
        context.Input.ReadLine() ?? throw new UsageException("give the password on the first line of stdin, e.g. printf '%s\\n' \"$PASSWORD\" | templib users add NAME");
}

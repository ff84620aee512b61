using System.CommandLine;
using System.Globalization;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Cli.Output;
using TemplateLibrary.Web.Audit;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib audit [--user NAME] [--action A] [--target T] [--limit N] [--json]`: the audit trail, newest first.</summary>
internal sealed class AuditCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var user = new Option<string?>("--user") { Description = "Only this user's writes (cli:NAME for the command line).", HelpName = "NAME" };
        var action = new Option<string?>("--action") { Description = "Only this kind of write.", HelpName = "ACTION" };
        action.AcceptOnlyFromAmong([.. AuditActions.All]);
        var target = new Option<string?>("--target") { Description = "Only writes to this document id or account.", HelpName = "ID" };
        var limit = new Option<int>("--limit") { Description = $"At most this many entries (1-{AuditLog.MaxEntries}).", DefaultValueFactory = _ => 50 };
        var json = GlobalOptions.CreateJson();
        var command = new Command("audit", "Who changed what and when: every write, newest first.") { user, action, target, limit, json };
        command.SetAction(parse => guard(context =>
        {
            using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
            _ = services.Index; // An audit of a folder without an index is a usage error, not an empty index.
            var entries = services.Audit.List(parse.GetValue(user), parse.GetValue(action), parse.GetValue(target), parse.GetValue(limit));
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, entries);
                return ExitCodes.Success;
            }

            foreach (var entry in entries)
            {
                context.Output.WriteLine(string.Join('\t',
                    entry.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), entry.User, entry.Action, entry.Target,
                    entry.Before ?? "-", entry.After ?? "-"));
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}

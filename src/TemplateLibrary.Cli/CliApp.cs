using System.CommandLine;
using Microsoft.AspNetCore.Connections;
using TemplateLibrary.Cli.Commands;
using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Cli;

/// <summary>The `templib` command: parses arguments, runs a command, maps errors to exit codes.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliContext context)
    {
        var options = new GlobalOptions();
        var root = new RootCommand("Template Library: a searchable library of shared-service documents for councils.");
        options.AddTo(root);
        foreach (var command in new ICliCommand[]
                 {
                     new IngestCommand(), new SearchCommand(), new ShowCommand(), new ExtractCommand(), new TagCommand(),
                     new StatsCommand(), new RemoveCommand(), new RestoreCommand(), new ReviewCommand(), new RetagCommand(), new ServeCommand(), new FillCommand(), new UsersCommand(), new AuditCommand(),
                     new ClausesCommand(), new AgreementsCommand(), new ExportCommand(), new PartnershipsCommand(), new InsightsCommand(), new ArrangementCommand(),
                 })
        {
            root.Subcommands.Add(command.Build(options, action => Guard(context, action)));
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                context.Error.WriteLine($"error: {error.Message}");
            }

            context.Error.WriteLine("Run 'templib --help' for usage.");
            return ExitCodes.UsageError;
        }

        return parse.Invoke(new InvocationConfiguration
        {
            Output = context.Output,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        });
    }

    /// <summary>Runs a command body, turning the product's errors into one line and an exit code.</summary>
    private static int Guard(CliContext context, Func<CliContext, int> action)
    {
        try
        {
            return action(context);
        }
        catch (Exception ex) when (ex is DocumentNotFoundException or ArrangementNotFoundException)
        {
            context.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.NotFound;
        }
        catch (TemplateLibraryException ex)
        {
            context.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("cancelled");
            return ExitCodes.InternalError;
        }
        catch (IOException ex) when (ex.InnerException is AddressInUseException)
        {
            context.Error.WriteLine($"error: {ex.Message} Stop the other server or choose another address with --urls.");
            return ExitCodes.UsageError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.InternalError;
        }
    }
}

using System.CommandLine;

namespace TemplateLibrary.Cli.Commands;

/// <summary>One `templib` sub-command.</summary>
internal interface ICliCommand
{
    /// <summary>Builds the command; <paramref name="guard"/> wraps its body with the error mapping.</summary>
    Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard);
}

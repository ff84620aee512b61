using System.CommandLine;

namespace TemplateLibrary.Cli.Commands;

/// <summary>Options every command accepts: the index folder and the taxonomy file.</summary>
internal sealed class GlobalOptions
{
    public Option<string> Index { get; } = new("--index")
    {
        Description = "The index folder (default: index/ under the current directory).",
        DefaultValueFactory = _ => "index",
        Recursive = true,
        HelpName = "DIR",
    };

    public Option<string?> Taxonomy { get; } = new("--taxonomy")
    {
        Description = "A taxonomy file to use instead of the built-in one.",
        Recursive = true,
        HelpName = "FILE",
    };

    /// <summary>A fresh --json option; each command owns its own instance.</summary>
    public static Option<bool> CreateJson() => new("--json") { Description = "Print the result as JSON." };

    public void AddTo(Command root)
    {
        root.Options.Add(Index);
        root.Options.Add(Taxonomy);
    }
}

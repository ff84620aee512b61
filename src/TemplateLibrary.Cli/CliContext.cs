using Spectre.Console;

namespace TemplateLibrary.Cli;

/// <summary>Where a command writes and reads: the process's streams, or captured ones in tests.</summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, TextReader input, string currentDirectory, bool interactive)
    {
        Output = output;
        Error = error;
        Input = input;
        CurrentDirectory = currentDirectory;
        Interactive = interactive;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Piped output is read by scripts and logs: never wrap a path or a reason at 80 columns.
            Console.Profile.Width = 4096;
        }
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public TextReader Input { get; }

    public string CurrentDirectory { get; }

    /// <summary>True when standard output is a terminal: progress bars and colour.</summary>
    public bool Interactive { get; }

    public IAnsiConsole Console { get; }

    public static CliContext FromProcess() => new(
        System.Console.Out,
        System.Console.Error,
        System.Console.In,
        Directory.GetCurrentDirectory(),
        !System.Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null);

    public string Resolve(string path) => Path.GetFullPath(Path.Combine(CurrentDirectory, path));
}

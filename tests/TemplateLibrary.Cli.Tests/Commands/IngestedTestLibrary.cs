namespace TemplateLibrary.Cli.Tests.Commands;

/// <summary>One copy of TestData with its library ingested under the manifest, shared by the tests of a class that only read it.</summary>
public sealed class IngestedTestLibrary : IDisposable
{
    public IngestedTestLibrary()
    {
        // Exit 3: the library holds one broken file (not-really.docx) on purpose; every other file is ingested.
        var ingest = Cli.Run("ingest", "library", "--manifest", "manifest.csv", "--json");
        if (ingest.ExitCode is not (0 or 3))
        {
            throw new InvalidOperationException($"the test library did not ingest (exit {ingest.ExitCode}): {ingest.Error}");
        }
    }

    internal CliRunner Cli { get; } = new();

    public void Dispose() => Cli.Dispose();
}

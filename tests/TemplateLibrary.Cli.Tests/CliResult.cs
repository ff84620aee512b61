using System.Text.Json;

namespace TemplateLibrary.Cli.Tests;

/// <summary>What a `templib` run printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public JsonElement Json => JsonDocument.Parse(Output).RootElement;
}

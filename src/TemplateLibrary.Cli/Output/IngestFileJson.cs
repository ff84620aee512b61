using System.Text.Json;
using TemplateLibrary.Core.Ingestion;

namespace TemplateLibrary.Cli.Output;

/// <summary>One file in the `ingest --json` summary.</summary>
internal sealed record IngestFileJson(string Path, string Outcome, string? Id, string? Reason)
{
    public static IngestFileJson From(FileOutcome outcome) =>
        new(outcome.Path, JsonNamingPolicy.CamelCase.ConvertName(outcome.Kind.ToString()), outcome.DocumentId, outcome.Reason);
}

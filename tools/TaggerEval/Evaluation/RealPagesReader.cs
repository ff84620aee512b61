using System.Text.Json;
using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Tools.TaggerEval.Evaluation;

/// <summary>Reads the labelled excerpts of real pages (<c>RealPages/pages.json</c>): the tagger sees only the excerpt.</summary>
internal static class RealPagesReader
{
    public static IReadOnlyList<LabelledDocument> Read(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var documents = new List<LabelledDocument>();
        foreach (var page in json.RootElement.GetProperty("pages").EnumerateArray())
        {
            var id = Text(page, "id") ?? throw new InvalidDataException($"{path}: a page has no id");
            var excerpt = Text(page, "excerpt") ?? throw new InvalidDataException($"{path}: page {id} has no excerpt");
            documents.Add(new LabelledDocument(
                id,
                new TaggingInput { Body = excerpt },
                Text(page, "category"),
                Text(page, "model"),
                Text(page, "type"),
                null,
                [.. page.GetProperty("councils").EnumerateArray().Select(c => c.GetString() ?? string.Empty)],
                Text(page, "split")));
        }

        return documents;
    }

    private static string? Text(JsonElement page, string property) =>
        page.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

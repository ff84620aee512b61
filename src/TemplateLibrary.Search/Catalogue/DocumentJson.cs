using System.Text.Json;
using TemplateLibrary.Core.Documents;

namespace TemplateLibrary.Search.Catalogue;

/// <summary>How metadata, headings and warnings are stored as JSON.</summary>
internal static class DocumentJson
{
    /// <summary>The options every stored JSON value is written and read with.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Serialises a value.</summary>
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Reads metadata, tolerating what an older writer stored.</summary>
    public static DocumentMetadata ReadMetadata(string json) =>
        TryRead<DocumentMetadata>(json) ?? DocumentMetadata.Empty;

    /// <summary>Reads headings.</summary>
    public static IReadOnlyList<DocumentHeading> ReadHeadings(string json) =>
        TryRead<List<DocumentHeading>>(json) ?? [];

    /// <summary>Reads warnings.</summary>
    public static IReadOnlyList<string> ReadWarnings(string json) =>
        TryRead<List<string>>(json) ?? [];

    /// <summary>Reads page starts, or null when there are none.</summary>
    public static int[]? ReadPageStarts(string? json) =>
        json is null ? null : TryRead<int[]>(json);

    private static T? TryRead<T>(string json)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

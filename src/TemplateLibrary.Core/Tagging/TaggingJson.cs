using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TemplateLibrary.Core.Tagging;

/// <summary>The JSON settings for tagging results: camelCase, indented, nulls kept so unknown facets show as null.</summary>
public static class TaggingJson
{
    /// <summary>The serializer options for <see cref="TaggingResult"/>.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

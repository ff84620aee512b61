using System.Text.Json;
using System.Text.Json.Serialization;

namespace TemplateLibrary.Search.Model;

/// <summary>Writes highlighted text as the contract's snippet string: HTML-encoded, matches in &lt;mark&gt;.</summary>
public sealed class HighlightedTextJsonConverter : JsonConverter<HighlightedText>
{
    /// <inheritdoc />
    public override HighlightedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("a snippet is written, never read");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, HighlightedText value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.ToMarkedHtml());
    }
}

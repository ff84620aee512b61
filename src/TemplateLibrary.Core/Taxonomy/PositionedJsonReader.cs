using System.Globalization;
using System.Text;
using System.Text.Json;
using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Core.Taxonomy;

/// <summary>Reads JSON into <see cref="PositionedJsonNode"/>s; comments and trailing commas are allowed for hand editing.</summary>
internal static class PositionedJsonReader
{
    public static PositionedJsonNode Parse(byte[] utf8, string sourceName)
    {
        var lineStarts = LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = 64,
        });
        try
        {
            if (!reader.Read())
            {
                throw new TaxonomyException($"{sourceName}: the file is empty.");
            }

            return ReadValue(ref reader, lineStarts, sourceName);
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var position = (ex.BytePositionInLine ?? 0) + 1;
            throw new TaxonomyException(string.Create(
                CultureInfo.InvariantCulture,
                $"{sourceName} line {line}, position {position}: invalid JSON: {FirstSentence(ex.Message)}"));
        }
    }

    private static PositionedJsonNode ReadValue(ref Utf8JsonReader reader, int[] lineStarts, string sourceName)
    {
        var (line, column) = Locate(lineStarts, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new PositionedJsonNode(JsonNodeKind.Object, line, column);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString() ?? string.Empty;
                    var (keyLine, keyColumn) = Locate(lineStarts, reader.TokenStartIndex);
                    if (obj.Member(name) is not null)
                    {
                        throw new TaxonomyException(string.Create(
                            CultureInfo.InvariantCulture,
                            $"{sourceName} line {keyLine}, position {keyColumn}: the key \"{name}\" appears twice in one object."));
                    }

                    reader.Read();
                    obj.Members.Add(new(name, ReadValue(ref reader, lineStarts, sourceName)));
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new PositionedJsonNode(JsonNodeKind.Array, line, column);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, lineStarts, sourceName));
                }

                return array;
            case JsonTokenType.String:
                return new PositionedJsonNode(JsonNodeKind.String, line, column) { StringValue = reader.GetString() };
            case JsonTokenType.Number:
                return new PositionedJsonNode(JsonNodeKind.Number, line, column) { NumberValue = reader.GetDouble() };
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new PositionedJsonNode(JsonNodeKind.Boolean, line, column) { BooleanValue = reader.GetBoolean() };
            default:
                return new PositionedJsonNode(JsonNodeKind.Null, line, column);
        }
    }

    private static int[] LineStarts(byte[] utf8)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    private static (int Line, int Column) Locate(int[] lineStarts, long offset)
    {
        var index = Array.BinarySearch(lineStarts, (int)offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, (int)offset - lineStarts[index] + 1);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    public static byte[] WithoutBom(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes[3..] : bytes;

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}

using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TemplateLibrary.Core.Documents;

/// <summary>Reads YAML front matter (between <c>---</c> fences at the top of a text) with YamlDotNet, without building an object graph.</summary>
public static class FrontMatterReader
{
    private const int MaxChars = 64 * 1024;
    private const int MaxDepth = 16;

    /// <summary>Splits and reads the front matter of a text; a text without one comes back whole as the body.</summary>
    public static FrontMatter Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        var firstLineEnd = normalized.IndexOf('\n', StringComparison.Ordinal);
        if (firstLineEnd < 0 || normalized[..firstLineEnd].TrimEnd() != "---")
        {
            return new FrontMatter { Body = normalized };
        }

        var yamlStart = firstLineEnd + 1;
        var end = FindClosingFence(normalized, yamlStart);
        if (end is null)
        {
            return new FrontMatter { Body = normalized, Error = "front matter has no closing '---' line" };
        }

        var (yamlEnd, bodyStart) = end.Value;
        var yaml = normalized[yamlStart..yamlEnd];
        var body = bodyStart >= normalized.Length ? string.Empty : normalized[bodyStart..];
        if (yaml.Length > MaxChars)
        {
            return new FrontMatter { Present = true, Body = body, Error = "front matter is longer than 64 KB" };
        }

        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        try
        {
            var error = ReadMapping(new Parser(new StringReader(yaml)), values);
            return new FrontMatter { Present = true, Values = values, Body = body, Error = error };
        }
        catch (YamlException ex)
        {
            return new FrontMatter
            {
                Present = true,
                Body = body,
                // YamlDotNet counts lines from 1 inside the block; the opening fence is the file's line 1.
                Error = string.Create(CultureInfo.InvariantCulture, $"front matter is not valid YAML (line {ex.Start.Line + 1}): {FirstLine(ex.Message)}"),
            };
        }
    }

    private static (int YamlEnd, int BodyStart)? FindClosingFence(string text, int lineStart)
    {
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var line = lineEnd < 0 ? text[lineStart..] : text[lineStart..lineEnd];
            if (line.TrimEnd() is "---" or "...")
            {
                return (lineStart, lineEnd < 0 ? text.Length : lineEnd + 1);
            }

            if (lineEnd < 0)
            {
                return null;
            }

            lineStart = lineEnd + 1;
        }

        return null;
    }

    /// <summary>Reads the top-level mapping's scalar and list values; returns a problem, or null.</summary>
    private static string? ReadMapping(Parser parser, Dictionary<string, IReadOnlyList<string>> values)
    {
        parser.Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out _))
        {
            return null;
        }

        parser.Consume<DocumentStart>();
        if (parser.TryConsume<Scalar>(out var only) && only.Value.Length == 0)
        {
            return null;
        }

        if (!parser.TryConsume<MappingStart>(out _))
        {
            return "front matter is not a list of keys and values";
        }

        string? problem = null;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (!parser.TryConsume<Scalar>(out var key))
            {
                SkipNode(parser);
                SkipNode(parser);
                continue;
            }

            var name = key.Value.Trim().ToLowerInvariant();
            var value = ReadValue(parser);
            if (!values.TryAdd(name, value))
            {
                problem ??= $"front matter key '{name}' appears twice";
            }
        }

        return problem;
    }

    private static List<string> ReadValue(Parser parser)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            return scalar.Value.Trim() is { Length: > 0 } trimmed ? [trimmed] : [];
        }

        var items = new List<string>();
        if (parser.TryConsume<SequenceStart>(out _))
        {
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                if (parser.TryConsume<Scalar>(out var item))
                {
                    if (item.Value.Trim() is { Length: > 0 } trimmed)
                    {
                        items.Add(trimmed);
                    }
                }
                else
                {
                    SkipNode(parser);
                }
            }

            return items;
        }

        // Nested mappings and aliases carry no value we index.
        SkipNode(parser);
        return items;
    }

    /// <summary>Steps over one node, however nested, without recursion; too deep a nesting is refused.</summary>
    private static void SkipNode(Parser parser)
    {
        var depth = 0;
        do
        {
            var current = parser.Consume<ParsingEvent>();
            depth += current.NestingIncrease;
            if (depth > MaxDepth)
            {
                throw new YamlException(current.Start, current.End, "nested more than 16 levels deep");
            }
        }
        while (depth > 0);
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}

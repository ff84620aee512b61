using System.Text;

namespace TemplateLibrary.Extraction.Templates.Markdown;

/// <summary>Writes a value into Markdown as literal text: every character Markdown or HTML would act on is escaped.</summary>
internal static class MarkdownEscaper
{
    private const string Escaped = "\\`*_[]<>|&~!#{}";

    public static string Escape(string value, bool inTable)
    {
        var builder = new StringBuilder(value.Length + 8);
        var lines = value.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                // A table row cannot hold a line break; elsewhere a backslash before the newline is a hard break.
                builder.Append(inTable ? " " : "\\\n");
            }

            var line = lines[i];
            for (var j = 0; j < line.Length; j++)
            {
                var c = line[j];
                var atLineStart = i > 0 && line[..j].All(char.IsWhiteSpace);
                if (Escaped.Contains(c, StringComparison.Ordinal) || (atLineStart && c is '-' or '+' or '=' or '>'))
                {
                    builder.Append('\\');
                }
                else if (atLineStart && char.IsDigit(c) && j + 1 < line.Length && line[j + 1] is '.' or ')')
                {
                    builder.Append(c).Append('\\');
                    continue;
                }

                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

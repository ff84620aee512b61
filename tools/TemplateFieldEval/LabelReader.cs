using System.Globalization;

namespace TemplateLibrary.Tools.TemplateFieldEval;

/// <summary>Reads labels/fields.txt: "== PATH | dev|blind" lines, then "TYPE: NAME" lines.</summary>
internal static class LabelReader
{
    private static readonly string[] Types = ["council", "person", "date", "money", "number", "text"];

    public static List<LabelledTemplate> Read(string file)
    {
        var templates = new List<LabelledTemplate>();
        string? path = null;
        var blind = false;
        var fields = new List<(string, string)>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(file))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("== ", StringComparison.Ordinal))
            {
                Flush();
                var parts = line[3..].Split('|', StringSplitOptions.TrimEntries);
                if (parts.Length != 2 || parts[1] is not ("dev" or "blind"))
                {
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{file}:{lineNumber}: expected '== PATH | dev' or '== PATH | blind'"));
                }

                (path, blind) = (parts[0], parts[1] == "blind");
                continue;
            }

            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (path is null || colon < 0 || !Types.Contains(line[..colon]))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{file}:{lineNumber}: expected 'TYPE: NAME' with TYPE one of {string.Join(", ", Types)}"));
            }

            fields.Add((line[(colon + 2)..], line[..colon]));
        }

        Flush();
        return templates;

        void Flush()
        {
            if (path is not null)
            {
                templates.Add(new LabelledTemplate(path, blind, fields));
            }

            fields = [];
        }
    }
}

using System.Text.RegularExpressions;

namespace TemplateLibrary.Extraction.Templates.Scanning;

/// <summary>Finds the placeholders in one block's text: brackets (nested too), <c>{{…}}</c>, <c>«…»</c> and blanks.</summary>
internal static partial class MarkerScanner
{
    private const int MaxBracketChars = 1500;
    private const int MaxNameChars = 200;

    /// <summary>Every placeholder of the block, outer before inner; blanks are named by <see cref="BlankNamer"/>.</summary>
    public static List<Marker> Scan(TemplateBlock block)
    {
        var text = block.Text;
        var opaque = new bool[text.Length];
        var markers = new List<Marker>();
        foreach (var (start, length) in block.Opaque)
        {
            Array.Fill(opaque, true, start, Math.Min(length, text.Length - start));
        }

        foreach (var known in block.Known)
        {
            Array.Fill(opaque, true, known.Start, Math.Min(known.Length, text.Length - known.Start));
            markers.Add(new Marker(known.Start, known.Length, known.Name is null ? MarkerKind.Blank : known.Kind, Collapse(known.Name ?? ""), null, known));
        }

        AddBrackets(text, opaque, markers);
        foreach (Match m in Curly().Matches(text))
        {
            AddNamed(m, MarkerKind.Curly, opaque, markers);
        }

        foreach (Match m in Guillemets().Matches(text))
        {
            AddNamed(m, MarkerKind.Guillemet, opaque, markers);
        }

        foreach (Match m in Lines().Matches(text))
        {
            if (!Overlaps(opaque, m.Index, m.Length) && !markers.Any(o => o.Start <= m.Index && o.End >= m.Index + m.Length))
            {
                markers.Add(new Marker(m.Index, m.Length, MarkerKind.Blank, "", null));
            }
        }

        markers.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        return markers;
    }

    /// <summary>Collapses runs of white space to one space and trims.</summary>
    public static string Collapse(string value) => Spaces().Replace(value, " ").Trim();

    private static void AddBrackets(string text, bool[] opaque, List<Marker> markers)
    {
        var open = new Stack<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (opaque[i])
            {
                continue;
            }

            if (text[i] == '[')
            {
                open.Push(i);
            }
            else if (text[i] == ']' && open.Count > 0)
            {
                var start = open.Pop();
                var inner = text[(start + 1)..i];
                if (i - start <= MaxBracketChars && !inner.Contains("\n\n", StringComparison.Ordinal))
                {
                    AddBracket(text, start, i - start + 1, inner, markers);
                }
            }
            else if (text[i] == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                open.Clear();
            }
        }
    }

    private static void AddBracket(string text, int start, int length, string inner, List<Marker> markers)
    {
        if (inner.Any(char.IsLetterOrDigit))
        {
            if (IsTickBox(text, start, length, inner))
            {
                return;
            }

            markers.Add(new Marker(start, length, MarkerKind.Bracket, Collapse(inner), null));
        }
        else if (inner.Length <= 12 && !IsTickBox(text, start, length, inner))
        {
            var symbol = inner.FirstOrDefault(c => c is '£' or '$' or '€' or '%');
            markers.Add(new Marker(start, length, MarkerKind.Blank, "", symbol == default ? null : symbol.ToString()));
        }
    }

    // "[ ] Processing terms reviewed": a box to tick at the start of a line, not a blank to fill.
    private static bool IsTickBox(string text, int start, int length, string inner)
    {
        if (inner.Trim() is not ("" or "x" or "X"))
        {
            return false;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        if (start > 0 && text[lineStart..start].Any(c => !char.IsWhiteSpace(c) && c is not ('-' or '*' or '•' or '+')))
        {
            return false;
        }

        var after = start + length;
        while (after < text.Length && text[after] is ' ' or '\t' or '\u00A0')
        {
            after++;
        }

        return after > start + length && after < text.Length && char.IsLetter(text[after]);
    }

    private static void AddNamed(Match m, MarkerKind kind, bool[] opaque, List<Marker> markers)
    {
        var name = Collapse(m.Groups["name"].Value);
        if (name.Length > 0 && name.Length <= MaxNameChars && !Overlaps(opaque, m.Index, m.Length))
        {
            markers.Add(new Marker(m.Index, m.Length, kind, name, null));
        }
    }

    private static bool Overlaps(bool[] opaque, int start, int length)
    {
        for (var i = start; i < start + length && i < opaque.Length; i++)
        {
            if (opaque[i])
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\{\{\s*(?<name>[^{}\n]{1,200}?)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Curly();

    [GeneratedRegex(@"«(?<name>[^«»\n]{1,200})»", RegexOptions.CultureInvariant)]
    private static partial Regex Guillemets();

    [GeneratedRegex(@"_{3,}|…{2,}|\.{5,}", RegexOptions.CultureInvariant)]
    private static partial Regex Lines();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}

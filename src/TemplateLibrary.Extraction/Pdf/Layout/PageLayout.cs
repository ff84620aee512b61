using System.Text;
using TemplateLibrary.Extraction.Pdf.Content;

namespace TemplateLibrary.Extraction.Pdf.Layout;

/// <summary>
/// Turns a page's glyphs into text: glyphs into lines by baseline, lines merged when drawn in pieces,
/// duplicates drawn for a bold effect removed, spaces from gaps, lines in reading order, and
/// hyphenated line ends joined.
/// </summary>
internal static class PageLayout
{
    /// <summary>A gap wider than this share of the font size separates words.</summary>
    public const double WordGap = 0.12;

    public static string Build(List<Glyph> glyphs, CancellationToken cancellationToken)
    {
        var lines = BuildRuns(glyphs, cancellationToken);
        lines = MergeRuns(lines, cancellationToken);
        var ordered = ReadingOrder.Sort(lines);
        var texts = new List<string>(ordered.Count);
        foreach (var line in ordered)
        {
            var text = LineText(line);
            if (text.Length > 0)
            {
                texts.Add(text);
            }
        }

        return JoinLines(texts);
    }

    private static List<TextLine> BuildRuns(List<Glyph> glyphs, CancellationToken cancellationToken)
    {
        var runs = new List<TextLine>();
        TextLine? current = null;
        for (var i = 0; i < glyphs.Count; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var glyph = glyphs[i];
            if (!(glyph.Size > 0) || !double.IsFinite(glyph.X) || !double.IsFinite(glyph.Y) || glyph.Size > 10_000)
            {
                continue;
            }

            if (current is not null && Continues(current, glyph))
            {
                current.Add(glyph);
                continue;
            }

            current = new TextLine(glyph, runs.Count);
            runs.Add(current);
        }

        return runs;
    }

    private static bool Continues(TextLine line, Glyph glyph)
    {
        if (glyph.Direction != line.Direction)
        {
            return false;
        }

        var size = Math.Max(glyph.Size, 1e-3);
        var last = line.Glyphs[^1];
        // Generous on the baseline so superscripts and subscripts stay in their line.
        return Math.Abs(glyph.Y - last.Y) <= 0.6 * Math.Max(size, last.Size)
            && glyph.X >= last.EndX - (0.5 * size)
            && glyph.X - last.EndX <= 1.5 * size;
    }

    // Runs on one baseline that touch or overlap become one line, whatever order they were drawn in.
    private static List<TextLine> MergeRuns(List<TextLine> runs, CancellationToken cancellationToken)
    {
        var buckets = new Dictionary<(int Direction, int Band), List<TextLine>>();
        var merged = new List<TextLine>(runs.Count);
        foreach (var run in runs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var band = (int)Math.Floor(run.Y / 2);
            TextLine? target = null;
            for (var b = band - 1; b <= band + 1 && target is null; b++)
            {
                if (!buckets.TryGetValue((run.Direction, b), out var candidates))
                {
                    continue;
                }

                foreach (var line in candidates)
                {
                    var size = Math.Min(line.Size, run.Size);
                    var close = Math.Abs(line.Y - run.Y) <= 0.3 * size
                        || (Math.Abs(line.Y - run.Y) <= 0.5 * Math.Max(line.Size, run.Size) && (run.MinX - line.MaxX) is > -0.5 and < 0.5);
                    if (close
                        && run.MinX <= line.MaxX + (1.0 * size)
                        && run.MaxX >= line.MinX - (1.0 * size))
                    {
                        target = line;
                        break;
                    }
                }
            }

            if (target is not null)
            {
                target.Absorb(run);
                continue;
            }

            merged.Add(run);
            var key = (run.Direction, band);
            if (!buckets.TryGetValue(key, out var list))
            {
                buckets[key] = list = [];
            }

            list.Add(run);
        }

        return merged;
    }

    private static string LineText(TextLine line)
    {
        var glyphs = line.Glyphs;
        if (!line.Sorted)
        {
            // Stable sort by X keeps drawing order for glyphs at the same place.
            var indexed = glyphs.Select((glyph, index) => (glyph, index)).OrderBy(pair => pair.glyph.X).ThenBy(pair => pair.index).Select(pair => pair.glyph).ToList();
            glyphs.Clear();
            glyphs.AddRange(indexed);
            line.Sorted = true;
        }

        // Drop spaces and bold-effect duplicates, remembering where explicit spaces were.
        var kept = new List<Glyph>(glyphs.Count);
        var spaceBefore = new List<bool>(glyphs.Count);
        var pendingSpace = false;
        foreach (var glyph in glyphs)
        {
            if (glyph.IsSpace)
            {
                pendingSpace = kept.Count > 0;
                continue;
            }

            if (kept.Count > 0 && IsDuplicate(kept[^1], glyph))
            {
                continue;
            }

            kept.Add(glyph);
            spaceBefore.Add(pendingSpace);
            pendingSpace = false;
        }

        Diacritics.Combine(kept, spaceBefore);
        var letterSpacedThreshold = LetterSpacedThreshold(kept, spaceBefore);
        var builder = new StringBuilder(kept.Count + 8);
        for (var i = 0; i < kept.Count; i++)
        {
            if (i > 0)
            {
                var previous = kept[i - 1];
                var gap = kept[i].X - previous.EndX;
                var size = Math.Max(previous.Size, kept[i].Size);
                var space = spaceBefore[i] || (letterSpacedThreshold is { } threshold ? gap >= threshold * size : gap > WordGap * size);
                if (space)
                {
                    builder.Append(' ');
                }
            }

            AppendText(builder, kept[i].Text);
        }

        return builder.ToString().Trim();
    }

    // A line whose every glyph stands apart (letter-spaced headings) would read as single letters; as in
    // poppler, its word gap becomes a little more than its narrowest gap, capped at 0.4 em.
    private static double? LetterSpacedThreshold(List<Glyph> glyphs, List<bool> spaceBefore)
    {
        if (glyphs.Count < 4)
        {
            return null;
        }

        var minGap = double.MaxValue;
        for (var i = 1; i < glyphs.Count; i++)
        {
            var size = Math.Max(glyphs[i - 1].Size, glyphs[i].Size);
            var gap = (glyphs[i].X - glyphs[i - 1].EndX) / size;
            if (spaceBefore[i])
            {
                continue;
            }

            if (gap <= WordGap)
            {
                return null;
            }

            minGap = Math.Min(minGap, gap);
        }

        return minGap == double.MaxValue ? null : Math.Min(1.3 * minGap, 0.4);
    }

    private static bool IsDuplicate(Glyph previous, Glyph glyph) =>
        glyph.Text == previous.Text
        && Math.Abs(glyph.X - previous.X) < 0.2 * glyph.Size
        && Math.Abs(glyph.Y - previous.Y) < 0.2 * glyph.Size;

    private static void AppendText(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '\0' or '\uFEFF' or '\u00AD':
                    break;
                case '\uFB00': builder.Append("ff"); break;
                case '\uFB01': builder.Append("fi"); break;
                case '\uFB02': builder.Append("fl"); break;
                case '\uFB03': builder.Append("ffi"); break;
                case '\uFB04': builder.Append("ffl"); break;
                case '\uFB05' or '\uFB06': builder.Append("st"); break;
                default:
                    builder.Append(char.IsControl(c) || c == '\u00A0' ? ' ' : c);
                    break;
            }
        }
    }

    private static string JoinLines(List<string> lines)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i + 1 < lines.Count && EndsHyphenated(line) && lines[i + 1].Length > 0 && char.IsLetter(lines[i + 1][0]))
            {
                builder.Append(line, 0, line.Length - 1);
                continue;
            }

            builder.Append(line);
            builder.Append('\n');
        }

        return builder.ToString().TrimEnd('\n');
    }

    private static bool EndsHyphenated(string line) =>
        line.Length >= 2 && line[^1] is '-' or '\u2010' && char.IsLetter(line[^2]);
}

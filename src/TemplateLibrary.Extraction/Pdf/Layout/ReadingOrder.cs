namespace TemplateLibrary.Extraction.Pdf.Layout;

/// <summary>
/// Orders a page's lines for reading by recursive XY-cuts: the region is split at the widest band of
/// white space that crosses it entirely (a column gutter, or the gap below a heading), top to bottom and
/// left to right, so two-column pages read column by column. Lines in other directions follow in drawing order.
/// </summary>
internal static class ReadingOrder
{
    private const int MaxDepth = 64;

    public static List<TextLine> Sort(List<TextLine> lines)
    {
        var horizontal = lines.Where(line => line.Direction == 0).ToList();
        var ordered = new List<TextLine>(lines.Count);
        if (horizontal.Count > 0)
        {
            var sizes = horizontal.Select(line => line.Size).Order().ToList();
            var typicalSize = Math.Max(1, sizes[sizes.Count / 2]);
            Cut(horizontal, typicalSize, ordered, 0);
        }

        ordered.AddRange(lines.Where(line => line.Direction != 0).OrderBy(line => line.Direction).ThenBy(line => line.Order));
        return ordered;
    }

    private static void Cut(List<TextLine> lines, double size, List<TextLine> output, int depth)
    {
        if (lines.Count <= 1 || depth >= MaxDepth)
        {
            output.AddRange(lines.OrderByDescending(Top).ThenBy(line => line.MinX));
            return;
        }

        var (columnGap, columnAt) = WidestColumnGap(lines);
        var (rowGap, rowAt) = WidestRowGap(lines);
        var columnScore = columnGap >= 1.2 * size ? columnGap : 0;
        var rowScore = rowGap >= 0.6 * size ? rowGap : 0;
        if (columnScore <= 0 && rowScore <= 0)
        {
            output.AddRange(lines.OrderBy(line => line.Order));
            return;
        }

        if (rowScore >= columnScore)
        {
            Cut(lines.Where(line => Bottom(line) >= rowAt).ToList(), size, output, depth + 1);
            Cut(lines.Where(line => Bottom(line) < rowAt).ToList(), size, output, depth + 1);
        }
        else
        {
            Cut(lines.Where(line => line.MaxX <= columnAt).ToList(), size, output, depth + 1);
            Cut(lines.Where(line => line.MaxX > columnAt).ToList(), size, output, depth + 1);
        }
    }

    private static (double Gap, double At) WidestColumnGap(List<TextLine> lines)
    {
        var sorted = lines.OrderBy(line => line.MinX).ToList();
        var reach = sorted[0].MaxX;
        var best = (Gap: 0.0, At: 0.0);
        for (var i = 1; i < sorted.Count; i++)
        {
            var gap = sorted[i].MinX - reach;
            if (gap > best.Gap)
            {
                best = (gap, reach + (gap / 2));
            }

            reach = Math.Max(reach, sorted[i].MaxX);
        }

        return best;
    }

    private static (double Gap, double At) WidestRowGap(List<TextLine> lines)
    {
        var sorted = lines.OrderByDescending(Top).ToList();
        var floor = Bottom(sorted[0]);
        var best = (Gap: 0.0, At: 0.0);
        for (var i = 1; i < sorted.Count; i++)
        {
            var gap = floor - Top(sorted[i]);
            if (gap > best.Gap)
            {
                best = (gap, floor - (gap / 2));
            }

            floor = Math.Min(floor, Bottom(sorted[i]));
        }

        return best;
    }

    private static double Top(TextLine line) => line.Y + (0.75 * line.Size);

    private static double Bottom(TextLine line) => line.Y - (0.25 * line.Size);
}

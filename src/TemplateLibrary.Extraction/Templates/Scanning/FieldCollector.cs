namespace TemplateLibrary.Extraction.Templates.Scanning;

/// <summary>Turns the placeholders of every block into fields: one field per name, with every occurrence.</summary>
internal static class FieldCollector
{
    private const int MaxContextChars = 160;

    /// <summary>The markers of each block, named.</summary>
    public static List<(TemplateBlock Block, List<Marker> Markers)> ScanAll(IEnumerable<TemplateBlock> blocks)
    {
        var scanned = new List<(TemplateBlock, List<Marker>)>();
        foreach (var block in blocks)
        {
            var markers = MarkerScanner.Scan(block);
            if (markers.Count > 0)
            {
                BlankNamer.NameBlanks(block, markers);
                scanned.Add((block, markers));
            }
        }

        return scanned;
    }

    /// <summary>The fields, in order of first occurrence.</summary>
    public static List<TemplateField> Collect(IEnumerable<(TemplateBlock Block, List<Marker> Markers)> scanned)
    {
        var order = new List<string>();
        var byKey = new Dictionary<string, (Marker First, List<FieldOccurrence> Occurrences)>(StringComparer.Ordinal);
        foreach (var (block, markers) in scanned)
        {
            if (!block.Countable)
            {
                continue;
            }

            foreach (var marker in markers)
            {
                var key = FieldKey.Of(marker.Name);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!byKey.TryGetValue(key, out var entry))
                {
                    entry = (marker, []);
                    byKey[key] = entry;
                    order.Add(key);
                }

                entry.Occurrences.Add(new FieldOccurrence(block.Part, block.Text.Substring(marker.Start, marker.Length), Context(block.Text)));
            }
        }

        return [.. order.Select(key =>
        {
            var (first, occurrences) = byKey[key];
            return new TemplateField
            {
                Name = first.Name,
                Type = FieldTyper.Guess(first.Name, first.Symbol),
                Kind = KindName(first.Kind),
                Occurrences = occurrences,
            };
        })];
    }

    public static string KindName(MarkerKind kind) => kind switch
    {
        MarkerKind.Bracket => "bracket",
        MarkerKind.Blank => "blank",
        MarkerKind.Curly => "curly",
        MarkerKind.Guillemet => "guillemet",
        MarkerKind.MergeField => "merge-field",
        _ => "content-control",
    };

    private static string Context(string text)
    {
        var collapsed = MarkerScanner.Collapse(text);
        return collapsed.Length <= MaxContextChars ? collapsed : collapsed[..(MaxContextChars - 1)] + "…";
    }
}

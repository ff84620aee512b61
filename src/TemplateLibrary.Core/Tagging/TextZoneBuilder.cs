using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Core.Tagging;

/// <summary>Splits a document into title, headings, opening and body zones.</summary>
internal static class TextZoneBuilder
{
    // Very long documents add little evidence after the first few hundred pages and cost time.
    private const int MaxBodyChars = 400_000;
    private const int MaxTitleLineChars = 150;

    public static IReadOnlyList<TextZone> Build(TaggingInput input, TaggerSettings settings)
    {
        var body = input.Body ?? string.Empty;
        if (body.Length > MaxBodyChars)
        {
            body = body[..MaxBodyChars];
        }

        var title = string.IsNullOrWhiteSpace(input.Title) ? FirstLine(body) : input.Title.Trim();
        var zones = new List<TextZone>();
        if (!string.IsNullOrWhiteSpace(title))
        {
            zones.Add(new TextZone("title", title, settings.Zones["title"]));
        }

        var headings = input.Headings.Where(h => !string.IsNullOrWhiteSpace(h)).ToList();
        if (headings.Count > 0)
        {
            zones.Add(new TextZone("heading", string.Join("\n", headings), settings.Zones["heading"]));
        }

        var cut = Math.Min(body.Length, settings.OpeningChars);
        if (cut < body.Length)
        {
            // Cut at a line or word boundary so a phrase is not split between the two zones.
            var boundary = body.LastIndexOfAny(['\n', ' '], cut);
            cut = boundary > cut / 2 ? boundary : cut;
        }

        if (cut > 0)
        {
            zones.Add(new TextZone("opening", body[..cut], settings.Zones["opening"]));
        }

        if (cut < body.Length)
        {
            zones.Add(new TextZone("body", body[cut..], settings.Zones["body"]));
        }

        return zones;
    }

    private static string? FirstLine(string body)
    {
        foreach (var raw in body.Split('\n', 6))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            return line.Length <= MaxTitleLineChars ? line : null;
        }

        return null;
    }
}

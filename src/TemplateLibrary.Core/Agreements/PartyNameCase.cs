namespace TemplateLibrary.Core.Agreements;

/// <summary>Writes a party's name in title case when the agreement set it in capitals, keeping acronyms ("NHS", "CCG").</summary>
internal static class PartyNameCase
{
    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal) { "NHS", "CCG", "ICB", "LLP", "CIC", "PLC", "UK", "ICT", "HR", "FM" };
    private static readonly HashSet<string> Small = new(StringComparer.Ordinal) { "of", "and", "the", "for", "upon", "on", "in", "le", "by" };

    /// <summary>Each word in capitals in title case, the rest as written: "UPPER WENDLE DISTRICT COUNCIL of Wendle House".</summary>
    public static string TitleCaseCapitals(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w =>
            w.Length > 1 && !Acronyms.Contains(w) && w.Any(char.IsLetter) && !w.Any(char.IsLower) ? char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant() : w));

    public static string Normalise(string name)
    {
        if (name.Any(char.IsLower))
        {
            return name;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select((w, i) =>
        {
            if (Acronyms.Contains(w))
            {
                return w;
            }

            var lower = w.ToLowerInvariant();
            return i > 0 && Small.Contains(lower) ? lower : char.ToUpperInvariant(lower[0]) + lower[1..];
        }));
    }
}

namespace TemplateLibrary.Extraction.Common;

/// <summary>Picks the first usable title among candidates; a declared title of only digits or punctuation is not one.</summary>
internal static class TitleChoice
{
    public static string? First(params string?[] candidates) =>
        candidates.FirstOrDefault(candidate => candidate is not null && candidate.Any(char.IsLetter));
}

namespace TemplateLibrary.Core.Ingestion;

/// <summary>Counts words as runs of letters or digits.</summary>
internal static class WordCounter
{
    public static int Count(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar || (inWord && (c == '\'' || c == '’' || c == '-'));
        }

        return count;
    }
}

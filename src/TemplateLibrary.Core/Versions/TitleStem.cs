using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Versions;

/// <summary>A title without what marks one version of it: version numbers, drafts, revisions, copies, dates and years.</summary>
/// <remarks>Two documents are versions of one another only when their stems are equal (and their texts nearly so).</remarks>
public static partial class TitleStem
{
    /// <summary>The stem: lower case, accents folded, version markers and dates dropped, words separated by one space.</summary>
    public static string Of(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var text = FoldAccents(title).ToLowerInvariant();
        text = FileExtension().Replace(text, " ");
        text = FullDate().Replace(text, " ");
        text = NumericDate().Replace(text, " ");
        text = MonthYear().Replace(text, " ");
        text = VersionNumber().Replace(text, " ");
        text = Markers().Replace(text, " ");
        text = Year().Replace(text, " ");
        text = CopyNumber().Replace(text, " ");
        var words = WordPattern().Matches(text).Select(m => m.Value);
        return string.Join(' ', words);
    }

    private static string FoldAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\.(docx?|pdf|odt|rtf|md|txt|html?|xlsx|pptx)\s*$")]
    private static partial Regex FileExtension();

    // 12 March 2024, 12th March 2024, March 12, 2024.
    [GeneratedRegex(@"\b\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}\b")]
    private static partial Regex FullDate();

    // 2024-03-12, 12/03/2024, 12.03.24, 20240312.
    [GeneratedRegex(@"\b\d{4}[-_./]\d{1,2}[-_./]\d{1,2}\b|\b\d{1,2}[-_./]\d{1,2}[-_./]\d{2,4}\b|\b(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\b")]
    private static partial Regex NumericDate();

    // March 2024, Mar-24.
    [GeneratedRegex(@"\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[\s\-']+(\d{4}|\d{2})\b")]
    private static partial Regex MonthYear();

    // v2, v1.3, ver 2, version 3, rev 4, revision B, issue 2, edition 3.
    [GeneratedRegex(@"\b(v|ver|version|rev|revision|issue|edition|iteration)\s*\.?\s*(\d+[a-z]?(\.\d+)*|[a-e])\b|\bv\d+(\.\d+)*\b")]
    private static partial Regex VersionNumber();

    // Words that say which copy or state this is, not what the document is.
    [GeneratedRegex(@"\b(draft|drafts|final|finalised|finalized|revised|amended|updated|update|approved|agreed|signed|superseded|clean|tracked|track changes|redline|redlined|marked up|markup|copy of|copy|latest|current|old|new|working|consultation|for comment|for approval)\b")]
    private static partial Regex Markers();

    [GeneratedRegex(@"\b(19|20)\d{2}(/\d{2,4})?\b")]
    private static partial Regex Year();

    // "(2)" or "_02" at the end: a file manager's copy number ("Schedule 2" keeps its number).
    [GeneratedRegex(@"\(\s*\d{1,3}\s*\)|_\d{1,3}\s*$")]
    private static partial Regex CopyNumber();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}

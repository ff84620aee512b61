using TemplateLibrary.Core.Documents;

namespace TemplateLibrary.Core.Tests.Clauses;

/// <summary>Builds extracted documents from the sample files as the extractors would give them.</summary>
internal static class SampleDocuments
{
    /// <summary>Text with "#" heading lines, as a DOCX or Markdown extractor gives it: headings reported, their text kept as a block.</summary>
    public static ExtractedDocument Styled(string name) => StyledText(File.ReadAllText(Path.Combine("TestData", "Clauses", name)));

    /// <summary>As <see cref="Styled"/>, from the text itself.</summary>
    public static ExtractedDocument StyledText(string text)
    {
        var headings = new List<DocumentHeading>();
        var lines = new List<string>();
        foreach (var line in text.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            var level = line.TakeWhile(c => c == '#').Count();
            if (level > 0)
            {
                headings.Add(new DocumentHeading(level, line[level..].Trim()));
                lines.Add(line[level..].Trim());
            }
            else
            {
                lines.Add(line);
            }
        }

        return new ExtractedDocument { Format = "md", Text = string.Join('\n', lines).Trim(), Headings = headings };
    }

    /// <summary>Plain text with pages split by form feeds, as the PDF extractor gives it: no headings, one line per line.</summary>
    public static ExtractedDocument Paged(string name)
    {
        var pages = File.ReadAllText(Path.Combine("TestData", "Clauses", name)).Split('\f').Select(p => p.Trim()).ToList();
        return new ExtractedDocument { Format = "pdf", Text = string.Join("\n\n", pages), Pages = pages };
    }

    public static ExtractedDocument Text(string text) => new() { Format = "txt", Text = text };
}

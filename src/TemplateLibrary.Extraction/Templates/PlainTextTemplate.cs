using TemplateLibrary.Extraction.Templates.Scanning;

namespace TemplateLibrary.Extraction.Templates;

/// <summary>The extracted text of a format the library cannot rewrite (PDF, HTML…): its fields can be listed, not filled.</summary>
internal static class PlainTextTemplate
{
    /// <summary>One block per paragraph (text between blank lines), with its nearest short heading-like line above.</summary>
    public static List<TemplateBlock> Blocks(string text)
    {
        var blocks = new List<TemplateBlock>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n"))
        {
            if (paragraph.Trim().Length > 0)
            {
                blocks.Add(new TemplateBlock { Text = paragraph.Trim('\n'), Part = "body", Handle = paragraph });
            }
        }

        return blocks;
    }
}

using TemplateLibrary.Extraction.Pdf.Objects;
using TemplateLibrary.Extraction.Pdf.Parsing;

namespace TemplateLibrary.Extraction.Pdf.Content;

/// <summary>Tells whether a page has image XObjects in its resources (directly or in a form), as a scanned page does.</summary>
internal static class PageImages
{
    private const int MaxFormDepth = 4;

    public static bool HasImage(PdfFile file, PdfPage page) => HasImage(file, page.Resources, 0, []);

    private static bool HasImage(PdfFile file, PdfDictionary? resources, int depth, HashSet<PdfStream> seen)
    {
        var xobjects = file.ResolveDictionary(resources?["XObject"]);
        if (xobjects is null || depth > MaxFormDepth)
        {
            return false;
        }

        foreach (var (_, value) in xobjects.Entries)
        {
            if (file.Resolve(value) is not PdfStream stream || !seen.Add(stream))
            {
                continue;
            }

            switch (stream.Dictionary.GetName("Subtype"))
            {
                case "Image":
                    return true;
                case "Form" when HasImage(file, file.ResolveDictionary(stream.Dictionary["Resources"]), depth + 1, seen):
                    return true;
                default:
                    break;
            }
        }

        return false;
    }
}

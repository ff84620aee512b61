using TemplateLibrary.Extraction.Pdf.Objects;

namespace TemplateLibrary.Extraction.Pdf.Parsing;

/// <summary>Walks the page tree in order, passing inherited /Resources down, guarding against cycles.</summary>
internal static class PageTree
{
    private const int MaxPages = 100_000;

    public static List<PdfPage> Read(PdfFile file, CancellationToken cancellationToken)
    {
        var pages = new List<PdfPage>();
        var visited = new HashSet<object>();
        var root = file.Catalog?["Pages"];
        Walk(file, root, null, null, pages, visited, 0, cancellationToken);
        if (pages.Count == 0 && file.Recovered)
        {
            pages.AddRange(FindLoosePages(file, cancellationToken));
        }

        return pages;
    }

    private static void Walk(PdfFile file, object? node, PdfDictionary? inheritedResources, PageBox? inheritedBox, List<PdfPage> pages, HashSet<object> visited, int depth, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (depth > file.MaxDepth || pages.Count >= MaxPages)
        {
            return;
        }

        var dictionary = file.ResolveDictionary(node);
        if (dictionary is null || !visited.Add(node is PdfReference reference ? reference : dictionary))
        {
            return;
        }

        var resources = file.ResolveDictionary(dictionary["Resources"]) ?? inheritedResources;
        var mediaBox = PageBox.Read(file, dictionary["MediaBox"]) ?? inheritedBox;
        var kids = file.ResolveArray(dictionary["Kids"]);
        var type = dictionary.GetName("Type");
        if (kids is not null && type != "Page")
        {
            foreach (var kid in kids)
            {
                Walk(file, kid, resources, mediaBox, pages, visited, depth + 1, cancellationToken);
            }

            return;
        }

        if (type is "Page" or null || dictionary.ContainsKey("Contents"))
        {
            pages.Add(new PdfPage(dictionary, resources, VisibleBox(file, dictionary, mediaBox)));
        }
    }

    // The crop box only when it lies inside the media box; a bogus crop box should not hide text.
    private static PageBox? VisibleBox(PdfFile file, PdfDictionary page, PageBox? mediaBox)
    {
        var crop = PageBox.Read(file, page["CropBox"]);
        if (crop is null || mediaBox is null)
        {
            return mediaBox ?? crop;
        }

        var x0 = Math.Max(crop.X0, mediaBox.X0);
        var y0 = Math.Max(crop.Y0, mediaBox.Y0);
        var x1 = Math.Min(crop.X1, mediaBox.X1);
        var y1 = Math.Min(crop.Y1, mediaBox.Y1);
        return x1 - x0 < 1 || y1 - y0 < 1 ? mediaBox : new PageBox(x0, y0, x1, y1);
    }

    private static object? Inherited(PdfFile file, PdfDictionary page, string key)
    {
        var node = page;
        for (var depth = 0; node is not null && depth < file.MaxDepth; depth++)
        {
            if (file.Resolve(node[key]) is { } value)
            {
                return value is PdfStream stream ? stream.Dictionary : value;
            }

            node = file.ResolveDictionary(node["Parent"]);
        }

        return null;
    }

    private static IEnumerable<PdfPage> FindLoosePages(PdfFile file, CancellationToken cancellationToken)
    {
        for (var number = 1; number < 10_000_000; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!file.HasObject(number))
            {
                if (number > file.HighestObjectNumber)
                {
                    yield break;
                }

                continue;
            }

            if (file.GetObject(number) is PdfDictionary { } page && page.GetName("Type") == "Page")
            {
                yield return new PdfPage(page, Inherited(file, page, "Resources") as PdfDictionary, PageBox.Read(file, Inherited(file, page, "MediaBox")));
            }
        }
    }
}

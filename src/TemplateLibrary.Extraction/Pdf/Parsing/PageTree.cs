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
        Walk(file, root, null, pages, visited, 0, cancellationToken);
        if (pages.Count == 0 && file.Recovered)
        {
            pages.AddRange(FindLoosePages(file, cancellationToken));
        }

        return pages;
    }

    private static void Walk(PdfFile file, object? node, PdfDictionary? inheritedResources, List<PdfPage> pages, HashSet<object> visited, int depth, CancellationToken cancellationToken)
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
        var kids = file.ResolveArray(dictionary["Kids"]);
        var type = dictionary.GetName("Type");
        if (kids is not null && type != "Page")
        {
            foreach (var kid in kids)
            {
                Walk(file, kid, resources, pages, visited, depth + 1, cancellationToken);
            }

            return;
        }

        if (type is "Page" or null || dictionary.ContainsKey("Contents"))
        {
            pages.Add(new PdfPage(dictionary, resources));
        }
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
                yield return new PdfPage(page, file.ResolveDictionary(page["Resources"]));
            }
        }
    }
}

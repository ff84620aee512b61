namespace TemplateLibrary.Extraction.Tests.Support;

/// <summary>Writes minimal PPTX packages from PresentationML slide bodies (shape trees), for tests of what LibreOffice does not write.</summary>
internal static class PptxBuilder
{
    public const string Namespaces =
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    private const string Rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A deck whose slides, in order, have the given shape trees (the children of p:spTree).</summary>
    public static byte[] Build(params string[] shapeTrees)
    {
        var overrides = string.Concat(shapeTrees.Select((_, i) =>
            $"<Override PartName=\"/ppt/slides/slide{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.slide+xml\"/>"));
        // Slide ids are listed in reverse part order, so the test sees that the list, not the part names, gives the order.
        var ids = string.Concat(shapeTrees.Select((_, i) => $"<p:sldId id=\"{256 + i}\" r:id=\"rId{i + 1}\"/>"));
        var relationships = string.Concat(shapeTrees.Select((_, i) =>
            $"<Relationship Id=\"rId{i + 1}\" Type=\"{Rels}/slide\" Target=\"slides/slide{shapeTrees.Length - i}.xml\"/>"));
        var entries = new List<(string, string)>
        {
            ("[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/ppt/presentation.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml\"/>"
                + overrides + "</Types>"),
            ("_rels/.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + $"<Relationship Id=\"rId1\" Type=\"{Rels}/officeDocument\" Target=\"ppt/presentation.xml\"/></Relationships>"),
            ("ppt/presentation.xml", $"<p:presentation {Namespaces}><p:sldIdLst>{ids}</p:sldIdLst></p:presentation>"),
            ("ppt/_rels/presentation.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + relationships + "</Relationships>"),
        };
        for (var i = 0; i < shapeTrees.Length; i++)
        {
            entries.Add(($"ppt/slides/slide{shapeTrees.Length - i}.xml", $"<p:sld {Namespaces}><p:cSld><p:spTree>{shapeTrees[i]}</p:spTree></p:cSld></p:sld>"));
        }

        return ZipBuilder.Build([.. entries]);
    }

    /// <summary>A text shape; <paramref name="placeholder"/> is a p:ph type such as title, or null for a plain text box.</summary>
    public static string Shape(string? placeholder, params string[] paragraphs) =>
        "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"s\"/><p:cNvSpPr/><p:nvPr>"
        + (placeholder is null ? string.Empty : $"<p:ph type=\"{placeholder}\"/>")
        + "</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>"
        + string.Concat(paragraphs.Select(p => $"<a:p><a:r><a:t>{p}</a:t></a:r></a:p>"))
        + "</p:txBody></p:sp>";
}

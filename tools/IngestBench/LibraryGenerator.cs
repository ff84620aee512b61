using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TemplateLibrary.Tools.IngestBench;

/// <summary>Builds a scaled library: variants of the source documents, each unique, in mixed formats.</summary>
internal sealed class LibraryGenerator
{
    private static readonly string[] Councils =
    [
        "Brackenford District Council", "Dunmere Borough Council", "Eastwold District Council", "Fellbrook City Council",
        "Greyhaven Borough Council", "Hollinsvale District Council", "Larkmoor District Council", "Millbeck Borough Council",
        "Northmere District Council", "Oakridge Downs District Council", "Ravensholt Borough Council", "Saltmarsh District Council",
    ];

    // Formats in proportion: a library is mostly Word and PDF, with Markdown, web pages and notes.
    private static readonly (string Format, int Share)[] Formats = [("docx", 35), ("md", 30), ("pdf", 15), ("html", 12), ("txt", 8)];

    private readonly IReadOnlyList<(string Title, string[] Paragraphs)> _sources;
    private readonly Random _random = new(42);

    public LibraryGenerator(IReadOnlyList<(string Title, string[] Paragraphs)> sources)
    {
        _sources = sources;
    }

    public void Generate(string folder, int count)
    {
        var formats = Formats.SelectMany(f => Enumerable.Repeat(f.Format, f.Share)).ToArray();
        for (var i = 0; i < count; i++)
        {
            var (title, text) = Variant(i);
            var format = formats[i % formats.Length];
            var directory = Path.Combine(folder, format, (i / 500).ToString("D2", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, $"doc{i:D5}.{format}");
            switch (format)
            {
                case "docx": WriteDocx(path, title, text); break;
                case "pdf": MiniPdfWriter.Write(path, title, text); break;
                case "html": File.WriteAllText(path, Html(title, text)); break;
                case "md": File.WriteAllText(path, $"---\ntitle: {title}\n---\n# {title}\n\n{text}\n"); break;
                default: File.WriteAllText(path, title + "\n\n" + text + "\n"); break;
            }
        }
    }

    private (string Title, string Text) Variant(int i)
    {
        var source = _sources[i % _sources.Count];
        var councilA = Councils[_random.Next(Councils.Length)];
        var councilB = Councils[_random.Next(Councils.Length)];
        // Keep most paragraphs in order, drop a few and add a unique one, so no two files share a hash.
        var kept = source.Paragraphs.Where(_ => _random.NextDouble() > 0.15).Take(60).ToList();
        kept.Insert(_random.Next(kept.Count + 1),
            $"Reference {i:D5}: this version was agreed by {councilA} and {councilB} on {1 + _random.Next(28)} " +
            $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(1 + _random.Next(12))} {2010 + _random.Next(16)}, " +
            $"with an annual budget of £{_random.Next(50, 900) * 1000:N0}.");
        return ($"{source.Title} ({councilA}, v{1 + (i / _sources.Count)})", string.Join("\n\n", kept));
    }

    private static string Html(string title, string text)
    {
        var body = new StringBuilder();
        foreach (var paragraph in text.Split("\n\n"))
        {
            body.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(paragraph)).Append("</p>\n");
        }

        var encodedTitle = System.Net.WebUtility.HtmlEncode(title);
        return $"<!doctype html><html><head><title>{encodedTitle}</title><style>p{{margin:0}}</style></head>" +
            $"<body><nav>Home | Documents</nav><h1>{encodedTitle}</h1>{body}<footer>Council website</footer></body></html>";
    }

    private static void WriteDocx(string path, string title, string text)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new Text(title))));
        foreach (var paragraph in text.Split("\n\n"))
        {
            body.Append(new Paragraph(new Run(new Text(paragraph) { Space = SpaceProcessingModeValues.Preserve })));
        }

        main.Document = new Document(body);
        document.PackageProperties.Title = title;
    }
}

using TemplateLibrary.Extraction.Pdf.Fonts;
using TemplateLibrary.Extraction.Pdf.Objects;
using TemplateLibrary.Extraction.Pdf.Parsing;

namespace TemplateLibrary.Extraction.Pdf.Content;

/// <summary>Loads each font of a document once, whichever page or form uses it.</summary>
internal sealed class FontCache(PdfFile file, CancellationToken cancellationToken)
{
    private readonly Dictionary<object, PdfFont?> fonts = [];
    private readonly FontLoader loader = new(file, cancellationToken);
    private PdfFont? fallback;

    /// <summary>Stands in when text is shown before any font is set, as some broken files do.</summary>
    public PdfFont Fallback => fallback ??= loader.Load(new PdfDictionary(new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["Subtype"] = new PdfName("Type1"),
        ["BaseFont"] = new PdfName("Helvetica"),
    }));

    public PdfFont? Get(PdfDictionary? resources, string name)
    {
        var fontResources = file.ResolveDictionary(resources?["Font"]);
        return Get(fontResources?[name]);
    }

    public PdfFont? Get(object? reference)
    {
        if (reference is null)
        {
            return null;
        }

        var key = reference is PdfReference ? reference : file.Resolve(reference);
        if (key is null)
        {
            return null;
        }

        if (fonts.TryGetValue(key, out var font))
        {
            return font;
        }

        font = file.ResolveDictionary(reference) is { } dictionary ? loader.Load(dictionary) : null;
        fonts[key] = font;
        return font;
    }
}

using System.Globalization;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Extraction.Registry;
using TemplateLibrary.Extraction.Templates.Docx;
using TemplateLibrary.Extraction.Templates.Markdown;
using TemplateLibrary.Extraction.Templates.Odt;
using TemplateLibrary.Extraction.Templates.Scanning;
using TemplateLibrary.Extraction.Zip;

namespace TemplateLibrary.Extraction.Templates;

/// <summary>Opens a template by its content: DOCX and ODT packages and Markdown can be filled; anything else is read as extracted text.</summary>
internal static class TemplateOpener
{
    /// <summary>What was opened: the fillable document, or the blocks of a format that can only be listed and why.</summary>
    public sealed record Opened(string Format, IReadOnlyList<TemplateBlock> Blocks, ITemplateDocument? Document, string? CannotFill);

    public static Opened Open(string path, ExtractionLimits limits)
    {
        var bytes = ReadFile(path, limits);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (bytes.AsSpan().StartsWith("PK\x03\x04"u8))
        {
            using var stream = new MemoryStream(bytes, writable: false);
            switch (ZipPackageDetector.Detect(stream))
            {
                case "docx":
                    return Fillable(DocxTemplate.Read(bytes, limits));
                case "odt":
                    return Fillable(OdtTemplate.Read(bytes, limits));
                default:
                    break;
            }
        }
        else if (extension is ".md" or ".markdown")
        {
            return Fillable(MarkdownTemplate.Read(bytes));
        }

        var extracted = FileExtractor.CreateDefault(limits).Extract(path, CancellationToken.None);
        var label = FormatLabels.For(extracted.Format);
        return new Opened(
            extracted.Format,
            PlainTextTemplate.Blocks(extracted.Text),
            null,
            $"{label} templates cannot be filled: the library fills DOCX, ODT and Markdown templates; download the original and fill it by hand");
    }

    /// <summary>Reads back a file the library has just written, in the same format.</summary>
    public static ITemplateDocument Reopen(byte[] content, string format) => format switch
    {
        "docx" => DocxTemplate.Read(content, ExtractionLimits.Default),
        "odt" => OdtTemplate.Read(content, ExtractionLimits.Default),
        _ => MarkdownTemplate.Read(content),
    };

    private static Opened Fillable(ITemplateDocument document) => new(document.Format, document.Blocks, document, null);

    private static byte[] ReadFile(string path, ExtractionLimits limits)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new TemplateException($"{file.Name}: file not found");
        }

        if (file.Length > limits.MaxFileBytes)
        {
            throw new TemplateException(string.Create(CultureInfo.InvariantCulture, $"{file.Name} is too large: {Megabytes.Format(file.Length)} MB (limit {Megabytes.Format(limits.MaxFileBytes)} MB)"));
        }

        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TemplateException($"{file.Name} cannot be read: {ex.Message}", ex);
        }
    }
}

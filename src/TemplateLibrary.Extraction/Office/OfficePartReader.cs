using System.Globalization;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Registry;
using TemplateLibrary.Extraction.Xml;
using TemplateLibrary.Extraction.Zip;

namespace TemplateLibrary.Extraction.Office;

/// <summary>Reads the XML parts of one Office package (DOCX, XLSX, PPTX) within its inflate budget and with XML hardening.</summary>
internal sealed class OfficePartReader
{
    private const string CorePropertiesPath = "docProps/core.xml";
    private readonly InflateBudget budget;
    private readonly XElement? corePropertiesByPath;

    private OfficePartReader(ExtractionContext context, XElement? corePropertiesByPath, InflateBudget budget)
    {
        Context = context;
        MaxDepth = context.Limits.MaxNestingDepth * 4;
        this.corePropertiesByPath = corePropertiesByPath;
        this.budget = budget;
    }

    public ExtractionContext Context { get; }

    /// <summary>The deepest element nesting accepted in a part.</summary>
    public int MaxDepth { get; }

    /// <summary>Checks the ZIP directory for bombs before the SDK opens the package, and rewinds the stream for it.</summary>
    public static OfficePartReader Prepare(Stream content, ExtractionContext context, string formatLabel)
    {
        var budget = new InflateBudget(context.Limits.MaxDecompressedBytes);
        XElement? core = null;
        using (var archive = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true))
        {
            ZipSafety.Check(archive, context.Limits, formatLabel);

            // LibreOffice links core.xml with a misspelt relationship type the SDK does not follow.
            if (archive.GetEntry(CorePropertiesPath) is { } coreEntry)
            {
                using var coreStream = ZipSafety.OpenBounded(coreEntry, budget);
                core = SafeXmlLoader.Load(coreStream, CorePropertiesPath, context.Limits.MaxNestingDepth * 4, context.CancellationToken);
            }
        }

        content.Position = 0;
        return new OfficePartReader(context, core, budget);
    }

    /// <summary>Loads a part as a tree, or null when the package lacks it.</summary>
    public XElement? Load(OpenXmlPart? part)
    {
        if (part is null)
        {
            return null;
        }

        using var stream = Open(part);
        return SafeXmlLoader.Load(stream, NameOf(part), MaxDepth, Context.CancellationToken);
    }

    /// <summary>Streams a large part (a worksheet) node by node; <paramref name="read"/> gets the positioned reader.</summary>
    public void Stream(OpenXmlPart part, Action<XmlReader> read)
    {
        using var stream = Open(part);
        using var reader = XmlReader.Create(stream, SafeXmlLoader.CreateSettings());
        try
        {
            read(reader);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new ExtractionException($"unsafe content: {NameOf(part)} declares a DTD (XML entities are not allowed)", ex);
        }
    }

    /// <summary>Throws when a streamed reader has gone deeper than <see cref="MaxDepth"/>.</summary>
    public void CheckDepth(XmlReader reader, OpenXmlPart part)
    {
        if (reader.Depth > MaxDepth)
        {
            throw new ExtractionException(string.Create(
                CultureInfo.InvariantCulture,
                $"too deeply nested: {NameOf(part)} nests elements more than {MaxDepth} levels deep"));
        }
    }

    /// <summary>The package's core and custom properties.</summary>
    public DocumentMetadata Properties(OpenXmlPackage package) =>
        OfficeProperties.Read(
            Load(package.GetPartsOfType<CoreFilePropertiesPart>().FirstOrDefault()) ?? corePropertiesByPath,
            Load(package.GetPartsOfType<CustomFilePropertiesPart>().FirstOrDefault()));

    private BoundedReadStream Open(OpenXmlPart part) => new(part.GetStream(FileMode.Open, FileAccess.Read), budget);

    private static string NameOf(OpenXmlPart part) => part.Uri.OriginalString.TrimStart('/');
}

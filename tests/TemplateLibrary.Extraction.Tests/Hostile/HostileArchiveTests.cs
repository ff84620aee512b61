using System.Text;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Extraction.Tests.Support;
using TemplateLibrary.Extraction.Zip;

namespace TemplateLibrary.Extraction.Tests.Hostile;

public sealed class HostileArchiveTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Extract_TruncatedDocx_FailsAsDamaged()
    {
        var bytes = File.ReadAllBytes(TestFiles.Sample("Docx", "shared-legal-mou.libreoffice.docx"));
        var path = folder.File("cut.docx", bytes[..(bytes.Length / 2)]);

        Failure(path).Should().StartWith("truncated or damaged DOCX (");
    }

    [Fact]
    public void Extract_TruncatedOdt_FailsAsDamaged()
    {
        var bytes = File.ReadAllBytes(TestFiles.Sample("Odt", "shared-legal-mou.libreoffice.odt"));
        var path = folder.File("cut.odt", bytes[..(bytes.Length / 2)]);

        Failure(path).Should().StartWith("truncated or damaged ODT (");
    }

    [Fact]
    public void Extract_ZipBombEntry_FailsBeforeInflating()
    {
        var bomb = ZipBuilder.Build(
            ("[Content_Types].xml", Encoding.UTF8.GetBytes(ZipBuilder.DocxContentTypes)),
            ("word/document.xml", new byte[40 * 1024 * 1024]));
        var path = folder.File("bomb.docx", bomb);

        Failure(path).Should().Contain("possible ZIP bomb");
    }

    [Fact]
    public void Extract_DeclaredSizesOverDecompressionLimit_FailsAsTooLarge()
    {
        var words = Encoding.ASCII.GetBytes(string.Join(' ', Enumerable.Range(0, 400_000).Select(i => i.ToString("x", System.Globalization.CultureInfo.InvariantCulture))));
        var package = ZipBuilder.Build(("[Content_Types].xml", Encoding.UTF8.GetBytes(ZipBuilder.DocxContentTypes)), ("word/document.xml", words));
        var path = folder.File("large.docx", package);

        Failure(path, ExtractionLimits.Default with { MaxDecompressedBytes = 1024 * 1024 })
            .Should().StartWith("too large when decompressed:").And.EndWith("(limit 1 MB)");
    }

    [Fact]
    public void Extract_TooManyEntries_FailsBeforeReading()
    {
        var entries = Enumerable.Range(0, ZipSafety.MaxEntries + 1).Select(i => ($"part{i}.xml", Array.Empty<byte>())).ToList();
        entries.Insert(0, ("[Content_Types].xml", Encoding.UTF8.GetBytes(ZipBuilder.DocxContentTypes)));
        var path = folder.File("many.docx", ZipBuilder.Build([.. entries]));

        Failure(path).Should().StartWith("too many files inside the DOCX package");
    }

    [Fact]
    public void Extract_EntryLyingAboutItsSize_NeverInflatesPastDeclaredSize()
    {
        var content = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>"
            + new string('a', 4 * 1024 * 1024) + "</text:p></office:text></office:body></office:document-content>";
        var lying = ZipBuilder.WithDeclaredSize(ZipBuilder.Odt(content), "content.xml", 100);
        var path = folder.File("lying.odt", lying);

        var message = Failure(path, ExtractionLimits.Default with { MaxDecompressedBytes = 1024 * 1024 });

        // System.IO.Compression stops at the declared size, so the part ends early instead of flooding memory.
        message.Should().Be("truncated or damaged ODT (malformed XML at line 1)");
    }

    [Fact]
    public void BoundedReadStream_ReadsPastBudget_Throws()
    {
        using var inner = new MemoryStream(new byte[3000]);
        using var bounded = new BoundedReadStream(inner, new InflateBudget(2048));

        var act = () => bounded.CopyTo(Stream.Null, 512);

        act.Should().Throw<ExtractionException>().WithMessage("too large when decompressed*");
    }

    private static string Failure(string path, ExtractionLimits? limits = null)
    {
        var act = () => Extract.File(path, limits);
        return act.Should().Throw<ExtractionException>().Which.Message;
    }
}

using System.IO.Compression;
using System.Text;

namespace TemplateLibrary.Cli.Tests.Ingestion;

public sealed class HostileFilesTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Ingest_FolderOfHostileFiles_EachFailsAloneWithAReasonAndTheGoodFileIsIndexed()
    {
        var folder = Path.Combine(_cli.Root, "hostile");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "good.md"), "# Good\n\nA perfectly ordinary shared service memorandum.");
        File.WriteAllBytes(Path.Combine(folder, "empty.docx"), []);
        File.WriteAllBytes(Path.Combine(folder, "random.docx"), RandomBytes(4096));
        File.WriteAllBytes(Path.Combine(folder, "random.pdf"), [.. "%PDF-1.7\n"u8.ToArray(), .. RandomBytes(4096)]);
        File.WriteAllBytes(Path.Combine(folder, "truncated.docx"), Docx("<w:p><w:r><w:t>cut</w:t></w:r></w:p>")[..300]);
        File.WriteAllBytes(Path.Combine(folder, "zipbomb.docx"), ZipBomb());
        File.WriteAllBytes(Path.Combine(folder, "xmlbomb.docx"), Docx(string.Empty, BillionLaughs));
        File.WriteAllBytes(Path.Combine(folder, "xxe.docx"), Docx("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>", "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"));
        File.WriteAllText(Path.Combine(folder, "nested.html"), string.Concat(Enumerable.Repeat("<div>", 100_000)) + "deep");
        File.WriteAllBytes(Path.Combine(folder, "big.txt"), new byte[3 * 1024 * 1024]);

        var result = _cli.Run("ingest", "hostile", "--max-size", "2", "--json");

        result.ExitCode.Should().Be(3);
        var json = result.Json;
        var failures = json.GetProperty("failures").EnumerateArray()
            .ToDictionary(f => Path.GetFileName(f.GetProperty("path").GetString()!), f => f.GetProperty("reason").GetString()!);
        failures.Keys.Should().Contain(["empty.docx", "random.docx", "random.pdf", "truncated.docx", "zipbomb.docx", "xmlbomb.docx", "big.txt"]);
        failures["empty.docx"].Should().Contain("empty");
        failures["big.txt"].Should().Contain("too large");
        failures.Values.Should().OnlyContain(reason => reason.Length > 0 && !reason.Contains("   at "));
        json.GetProperty("added").GetInt32().Should().BeGreaterThanOrEqualTo(1);
        _cli.Run("search", "ordinary", "--json").Json.GetProperty("total").GetInt32().Should().Be(1);
        _cli.Run("search", "root", "--json").ExitCode.Should().Be(1, "an external entity is never resolved into the index");
    }

    private const string BillionLaughs =
        "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">" +
        "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">" +
        "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]>";

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(5).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Docx(string body, string doctype = "")
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Entry(zip, "_rels/.rels",
                "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Entry(zip, "word/document.xml",
                $"<?xml version=\"1.0\"?>{doctype}<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>");
        }

        return stream.ToArray();
    }

    private static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize);
            using var writer = entry.Open();
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)'a');
            for (var i = 0; i < 300; i++)
            {
                writer.Write(block);
            }
        }

        return stream.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}

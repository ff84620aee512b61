using System.Text;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Ingestion.Manifest;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Core.Tests.Ingestion;

public sealed class ManifestReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_ExcelStyleQuotingWithBom_ParsesEveryField()
    {
        _folder.Write("a b.docx", "x");
        var path = Path.Combine(_folder.Path, "m.csv");
        File.WriteAllText(path, "path,title,summary\r\n\"a b.docx\",\"Agreement, \"\"final\"\"\",\"two\nlines\"\r\n", new UTF8Encoding(true));

        var manifest = ManifestReader.Read(path, OpenVocabulary.Instance);

        var entry = manifest.Entries.Should().ContainSingle().Subject;
        entry.Title.Should().Be("Agreement, \"final\"");
        entry.Summary.Should().Be("two\nlines");
        entry.Path.Should().Be(Path.Combine(_folder.Path, "a b.docx"));
    }

    [Fact]
    public void Read_UnknownValueAndMissingFile_ReportsEveryProblemWithItsLine()
    {
        _folder.Write("a.md", "x");
        var path = _folder.Write("m.csv", "path,category\na.md,legall\nmissing.md,legal\n");

        var act = () => ManifestReader.Read(path, new FixedVocabulary("legal", "ict-digital"));

        act.Should().Throw<ManifestException>()
            .Which.Message.Should().Contain("line 2: category 'legall' is not a known value; allowed: legal, ict-digital")
            .And.Contain("line 3: file not found: missing.md");
    }

    [Fact]
    public void Read_RetiredModelIds_NameTheIdsThatReplacedThem()
    {
        _folder.Write("a.md", "x");
        _folder.Write("b.md", "x");
        var path = _folder.Write("m.csv", "path,model\na.md,joint-company\nb.md,Outsourcing / mutual / social enterprise\n");

        var act = () => ManifestReader.Read(path, new TaxonomyVocabulary(TemplateLibrary.Core.Taxonomy.Taxonomy.LoadDefault()));

        act.Should().Throw<ManifestException>()
            .Which.Message.Should().Contain("m.csv: 2 problem(s); nothing was ingested")
            .And.Contain("line 2: model 'joint-company' is no longer a value: it was split into teckal-company, joint-venture; use the one that fits")
            .And.Contain("line 3: model 'Outsourcing / mutual / social enterprise' is no longer a value: it was split into private-contractor, mutual, trust");
    }

    [Fact]
    public void Read_PartnersColumn_GivesPartnerTags()
    {
        _folder.Write("a.md", "x");
        var path = _folder.Write("m.csv", "path,partners\na.md,Thames Valley Police; Lowestoft  Town Council\n");

        var manifest = ManifestReader.Read(path, new TaxonomyVocabulary(TemplateLibrary.Core.Taxonomy.Taxonomy.LoadDefault()));

        manifest.Entries.Single().Facets[FacetNames.Partner].Should().Equal("Thames Valley Police", "Lowestoft Town Council");
    }

    [Fact]
    public void Read_UnknownColumnAndBadYear_AreRejected()
    {
        _folder.Write("a.md", "x");
        var path = _folder.Write("m.csv", "path,catgory,year\na.md,legal,20x9\n");

        var act = () => ManifestReader.Read(path, OpenVocabulary.Instance);

        act.Should().Throw<ManifestException>()
            .Which.Message.Should().Contain("unknown column 'catgory'").And.Contain("line 2: year '20x9'");
    }

    [Fact]
    public void Read_Windows1252Bytes_AreDecoded()
    {
        _folder.Write("a.md", "x");
        var path = Path.Combine(_folder.Path, "m.csv");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("path,title\na.md,Costs \x0093"), 0xA3, .. Encoding.ASCII.GetBytes("5k\x0094\n")]);

        var manifest = ManifestReader.Read(path, OpenVocabulary.Instance);

        manifest.Entries.Single().Title.Should().Contain("£5k");
    }

    [Fact]
    public void Read_SeveralValues_AreSplitOnSemicolons()
    {
        _folder.Write("a.md", "x");
        var path = _folder.Write("m.csv", "path,powers\na.md,lga1972-s101; lga1972-s113 ;\n");

        var manifest = ManifestReader.Read(path, OpenVocabulary.Instance);

        manifest.Entries.Single().Facets[FacetNames.Power].Should().Equal("lga1972-s101", "lga1972-s113");
    }

    private sealed class FixedVocabulary(params string[] ids) : IFacetVocabulary
    {
        public bool TryResolve(string facet, string value, out string id)
        {
            id = value;
            return facet != FacetNames.Category || ids.Contains(value);
        }

        public IReadOnlyList<string> AllowedValues(string facet) => facet == FacetNames.Category ? ids : [];
    }
}

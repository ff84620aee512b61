using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Ingestion.Manifest;
using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Core.Tests.Taxonomy;

public class CouncilGazetteerTests
{
    private static readonly CouncilGazetteer Gazetteer = CouncilGazetteer.LoadDefault();

    [Fact]
    public void LoadDefault_CurrentCouncils_AreTheUksPrincipalCouncils()
    {
        var current = Gazetteer.Councils.Where(c => c.Abolished is null && !c.IsSample).ToList();
        var england = current.Where(c => c.Region is not ("wales" or "scotland" or "northern-ireland")).ToList();

        england.Should().HaveCount(317);
        england.Count(c => c.Kind == "county").Should().Be(21);
        england.Count(c => c.Kind == "district").Should().Be(164);
        england.Count(c => c.Kind == "unitary").Should().Be(62);
        england.Count(c => c.Kind == "metropolitan").Should().Be(36);
        england.Count(c => c.Kind == "london-borough").Should().Be(32);
        current.Count(c => c.Region == "wales").Should().Be(22);
        current.Count(c => c.Region == "scotland").Should().Be(32);
        current.Count(c => c.Region == "northern-ireland").Should().Be(11);
    }

    [Fact]
    public void LoadDefault_AbolishedCouncils_HaveCurrentOrAbolishedSuccessorsInTheFile()
    {
        var abolished = Gazetteer.Councils.Where(c => c.Abolished is not null).ToList();

        abolished.Should().NotBeEmpty().And.OnlyContain(c => c.Abolished >= 2009 && c.Successors.Count > 0);
        abolished.SelectMany(c => c.Successors).Should().OnlyContain(s => Gazetteer.Find(s) != null);
        Gazetteer.Find("Waveney District Council")!.Successors.Should().Equal("East Suffolk Council");
    }

    [Fact]
    public void LoadDefault_SampleCouncils_AreTheManifestsCouncils()
    {
        var manifest = FindUp(Path.Combine("corpus", "manifest.csv"));
        Assert.SkipWhen(manifest is null, "corpus/manifest.csv not found");
        var rows = CsvParser.Parse(File.ReadAllText(manifest!));
        var column = rows[0].Fields.ToList().IndexOf("councils");
        var councils = rows.Skip(1)
            .SelectMany(r => r.Fields[column].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct()
            .ToList();

        councils.Should().NotBeEmpty();
        councils.Should().OnlyContain(c => Gazetteer.Find(c) != null && Gazetteer.Find(c)!.IsSample, "every council of the sample library's manifest is a sample council");
        Gazetteer.Councils.Where(c => c.IsSample).Select(c => c.Name).Should().BeEquivalentTo(councils);
    }

    [Theory]
    [InlineData("east herts council", "East Hertfordshire District Council")]
    [InlineData("Hull City Council", "Kingston upon Hull City Council")]
    [InlineData("BCP Council", "Bournemouth, Christchurch and Poole Council")]
    public void Find_Alias_GivesTheCouncil(string alias, string name)
    {
        Gazetteer.Find(alias)!.Name.Should().Be(name);
    }

    [Fact]
    public void LoadDefault_RegionsAndKinds_AreDeclared()
    {
        Gazetteer.Councils.Select(c => c.Region).Distinct().Should().OnlyContain(r => Gazetteer.RegionLabels.ContainsKey(r));
        Gazetteer.PartnerKinds.Select(k => k.Id).Should().Contain(["nhs-trust", "icb", "ccg", "police", "fire", "combined-authority", "parish-council"]);
    }

    [Theory]
    [InlineData("""{"kinds":[{"id":"county","label":"C"}],"regions":[{"id":"x","label":"X"}],"councils":[{"name":"A Council","kind":"shire","region":"x"}]}""", "line 1, position ", "unknown kind \"shire\"")]
    [InlineData("""{"kinds":[{"id":"county","label":"C"}],"regions":[{"id":"x","label":"X"}],"councils":[{"name":"A Council","kind":"county","region":"x"},{"name":"A Council","kind":"county","region":"x"}]}""", "is listed twice", "A Council")]
    [InlineData("""{"kinds":[{"id":"county","label":"C"}],"regions":[{"id":"x","label":"X"}],"councils":[{"name":"A Council","kind":"county","region":"x","abolished":2020,"successors":["B Council"]}]}""", "successor \"B Council\"", "is not a council")]
    public void Parse_BadFile_NamesTheProblem(string json, string part, string problem)
    {
        var parse = () => CouncilGazetteer.Parse(json, "my-councils.json");

        parse.Should().Throw<TaxonomyException>().Which.Message.Should().StartWith("my-councils.json").And.Contain(part).And.Contain(problem);
    }

    private static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Tagging.Evaluation;

namespace TemplateLibrary.Core.Tests.Tagging;

/// <summary>Accuracy floors a little under what the tagger achieves, so a regression in cues or scoring shows.</summary>
public class EvaluationSetTests
{
    private readonly ITestOutputHelper output;

    public EvaluationSetTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Evaluate_EvalSet_MeetsAccuracyFloors()
    {
        var documents = LabelledSetReader.ReadFolder(Path.Combine(AppContext.BaseDirectory, "TestData", "Tagging", "EvalSet"));
        var report = TaggerEvaluator.Evaluate(TaggerFixture.Tagger, documents);
        output.WriteLine(report.ToText());

        documents.Should().HaveCountGreaterThanOrEqualTo(60);
        report.For(FacetNames.Category).Accuracy.Should().BeGreaterThanOrEqualTo(0.92);
        report.For(FacetNames.Model).Accuracy.Should().BeGreaterThanOrEqualTo(0.90);
        report.For(FacetNames.Type).Accuracy.Should().BeGreaterThanOrEqualTo(0.92);
        report.PowersPrecision.Should().BeGreaterThanOrEqualTo(0.95);
        report.PowersRecall.Should().BeGreaterThanOrEqualTo(0.95);
    }

    [Fact]
    public void Evaluate_HoldoutSet_MeetsAccuracyFloors()
    {
        var documents = LabelledSetReader.ReadFolder(Path.Combine(AppContext.BaseDirectory, "TestData", "Tagging", "HoldoutSet"));
        var report = TaggerEvaluator.Evaluate(TaggerFixture.Tagger, documents);
        output.WriteLine(report.ToText());

        report.For(FacetNames.Category).Accuracy.Should().BeGreaterThanOrEqualTo(0.85);
        report.For(FacetNames.Model).Accuracy.Should().BeGreaterThanOrEqualTo(0.70);
        report.For(FacetNames.Type).Accuracy.Should().BeGreaterThanOrEqualTo(0.80);
        report.PowersRecall.Should().BeGreaterThanOrEqualTo(0.9);
    }

    [Fact]
    public void Evaluate_BlindSet_MeetsAccuracyFloors()
    {
        var documents = LabelledSetReader.ReadFolder(Path.Combine(AppContext.BaseDirectory, "TestData", "Tagging", "BlindSet"));
        var report = TaggerEvaluator.Evaluate(TaggerFixture.Tagger, documents);
        output.WriteLine(report.ToText());

        report.For(FacetNames.Category).Accuracy.Should().BeGreaterThanOrEqualTo(0.85);
        report.For(FacetNames.Model).Accuracy.Should().BeGreaterThanOrEqualTo(0.65);
        report.For(FacetNames.Type).Accuracy.Should().BeGreaterThanOrEqualTo(0.65);
        report.For(FacetNames.Model).PrecisionWhenAnswered.Should().BeGreaterThanOrEqualTo(0.85);
    }

    [Fact]
    public void Evaluate_CorpusSources_MeetsAccuracyFloors()
    {
        // The corpus sources were written and labelled by others, so they are the most independent check here.
        var sources = FindUp(Path.Combine("tools", "CorpusBuilder", "sources"));
        if (sources is null)
        {
            Assert.Skip("tools/CorpusBuilder/sources not found");
        }

        var report = TaggerEvaluator.Evaluate(TaggerFixture.Tagger, LabelledSetReader.ReadFrontMatterFolder(sources));
        output.WriteLine(report.ToText());

        report.Documents.Should().BePositive();
        report.For(FacetNames.Category).Accuracy.Should().BeGreaterThanOrEqualTo(0.85);
        report.For(FacetNames.Model).Accuracy.Should().BeGreaterThanOrEqualTo(0.78);
        report.For(FacetNames.Type).Accuracy.Should().BeGreaterThanOrEqualTo(0.93);
        report.PowersPrecision.Should().BeGreaterThanOrEqualTo(0.95);
        report.PowersRecall.Should().BeGreaterThanOrEqualTo(0.95);
    }

    [Fact]
    public void ReadFolder_Labels_AreValidTaxonomyIds()
    {
        var taxonomy = TemplateLibrary.Core.Taxonomy.Taxonomy.LoadDefault();
        foreach (var set in new[] { "EvalSet", "HoldoutSet", "BlindSet" })
        {
            foreach (var document in LabelledSetReader.ReadFolder(Path.Combine(AppContext.BaseDirectory, "TestData", "Tagging", set)))
            {
                (document.Category is null || taxonomy.LabelFor(FacetNames.Category, document.Category) is not null).Should().BeTrue(document.Name);
                (document.Model is null || taxonomy.LabelFor(FacetNames.Model, document.Model) is not null).Should().BeTrue(document.Name);
                (document.Type is null || taxonomy.LabelFor(FacetNames.Type, document.Type) is not null).Should().BeTrue(document.Name);
                document.Powers!.Where(p => taxonomy.LabelFor(FacetNames.Power, p) is null).Should().BeEmpty(document.Name);
            }
        }
    }

    private static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

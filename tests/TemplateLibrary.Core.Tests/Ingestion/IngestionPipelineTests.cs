using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Core.Ingestion;
using TemplateLibrary.Core.Ingestion.Manifest;
using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Core.Tests.Ingestion;

public sealed class IngestionPipelineTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly InMemoryIndex _index = new();
    private readonly TextFileExtractor _extractor = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Run_NewFolder_AddsEveryDocumentAndSkipsUnsupportedFiles()
    {
        _folder.Write("a.md", "Shared legal service MOU");
        _folder.Write("sub/b.txt", "Joint committee terms of reference");
        _folder.Write("bundle.zip", "not read");
        _folder.Write(".hidden/c.md", "never read");

        var report = Run();

        report.Count(FileOutcomeKind.Added).Should().Be(2);
        report.Files.Should().ContainSingle(f => f.Kind == FileOutcomeKind.Skipped).Which.Reason.Should().Contain(".zip");
        _index.Documents.Should().HaveCount(2);
        report.HasFailures.Should().BeFalse();
    }

    [Fact]
    public void Run_FolderWithManifestCsvAndNoManifestGiven_SkipsItAsManifest()
    {
        _folder.Write("a.md", "Shared legal service MOU");
        _folder.Write("manifest.csv", "path,title\na.md,A\n");
        var options = new IngestionOptions { Extensions = new HashSet<string>(IngestionOptions.DefaultExtensions, StringComparer.OrdinalIgnoreCase) { ".csv" } };

        var report = new IngestionPipeline(_extractor, _index, options).Run(new IngestionRequest { Paths = [_folder.Path] });

        report.Count(FileOutcomeKind.Added).Should().Be(1);
        report.Files.Should().ContainSingle(f => f.Kind == FileOutcomeKind.Skipped).Which.Reason.Should().StartWith("a library manifest");
        _index.Documents.Should().ContainSingle();
    }

    [Fact]
    public void Run_SecondTimeWithNoChange_ReportsUnchangedAndExtractsNothing()
    {
        _folder.Write("a.md", "Shared legal service MOU");
        Run();
        var callsAfterFirst = _extractor.Calls;

        var report = Run();

        report.Files.Should().ContainSingle().Which.Kind.Should().Be(FileOutcomeKind.Unchanged);
        _extractor.Calls.Should().Be(callsAfterFirst);
    }

    [Fact]
    public void Run_ChangedFile_UpdatesTheSameDocumentId()
    {
        var path = _folder.Write("a.md", "First version");
        Run();
        var id = _index.Files[path].DocumentId;
        File.WriteAllText(path, "Second version with changes");

        var report = Run();

        report.Files.Should().ContainSingle().Which.Kind.Should().Be(FileOutcomeKind.Updated);
        _index.Files[path].DocumentId.Should().Be(id);
        _index.Documents[id].Content.Text.Should().Be("Second version with changes");
    }

    [Fact]
    public void Run_MovedFile_IsRecognisedByHashAndNotDuplicated()
    {
        var oldPath = _folder.Write("old/a.md", "An agreement that moves");
        Run();
        var id = _index.Files[oldPath].DocumentId;
        var newPath = Path.Combine(_folder.Path, "new", "a.md");
        Directory.CreateDirectory(Path.GetDirectoryName(newPath)!);
        File.Move(oldPath, newPath);

        var report = Run();

        report.Files.Should().ContainSingle(f => f.Kind == FileOutcomeKind.Moved).Which.Reason.Should().Contain(oldPath);
        report.Count(FileOutcomeKind.Removed).Should().Be(0);
        _index.Documents.Should().ContainSingle().Which.Key.Should().Be(id);
        _index.Files.Keys.Should().Equal(newPath);
    }

    [Fact]
    public void Run_DeletedFile_IsRemovedAndReported()
    {
        var path = _folder.Write("a.md", "Goes away");
        _folder.Write("b.md", "Stays");
        Run();
        File.Delete(path);

        var report = Run();

        report.Files.Should().ContainSingle(f => f.Kind == FileOutcomeKind.Removed).Which.Path.Should().Be(path);
        _index.Documents.Should().ContainSingle();
    }

    [Fact]
    public void Run_IdenticalCopiesInOneRun_BecomeOneDocumentWithTwoPaths()
    {
        _folder.Write("a.md", "The same heads of terms");
        _folder.Write("copy/a.md", "The same heads of terms");

        var report = Run(jobs: 2);

        report.Count(FileOutcomeKind.Added).Should().Be(1);
        report.Count(FileOutcomeKind.Duplicate).Should().Be(1);
        _index.Documents.Should().ContainSingle();
        _index.Files.Should().HaveCount(2);
        _extractor.Calls.Should().Be(1);
    }

    [Fact]
    public void Run_OneBrokenFile_FailsAloneWithItsReason()
    {
        for (var i = 0; i < 20; i++)
        {
            _folder.Write($"doc{i:00}.md", $"Document number {i}");
        }

        var broken = _folder.Write("broken.md", "BROKEN bytes");

        var report = Run(jobs: 2);

        report.HasFailures.Should().BeTrue();
        report.Files.Should().ContainSingle(f => f.Kind == FileOutcomeKind.Failed)
            .Which.Should().Match<FileOutcome>(f => f.Path == broken && f.Reason == "truncated or damaged file");
        _index.Documents.Should().HaveCount(20);
    }

    [Fact]
    public void Run_FailedFile_IsRetriedOnTheNextRun()
    {
        var path = _folder.Write("a.md", "BROKEN at first");
        Run();
        File.WriteAllText(path, "Repaired content");

        var report = Run();

        report.Files.Should().ContainSingle().Which.Kind.Should().Be(FileOutcomeKind.Added);
    }

    [Fact]
    public void Run_ExtractorThatRunsPastTheBudget_FailsWithTookTooLong()
    {
        _folder.Write("slow.md", "HANG here");
        _folder.Write("fine.md", "A fine document");
        var options = new IngestionOptions { Limits = ExtractionLimits.Default with { Timeout = TimeSpan.FromMilliseconds(300) } };

        var report = new IngestionPipeline(_extractor, _index, options).Run(new IngestionRequest { Paths = [_folder.Path] });

        report.Files.Should().ContainSingle(f => f.Kind == FileOutcomeKind.Failed).Which.Reason.Should().StartWith("took too long");
        _index.Documents.Should().ContainSingle();
    }

    [Fact]
    public void Run_TaggerCueTimesOut_OnlyThatFileFailsWithTheReason()
    {
        _folder.Write("long.md", "SLOW to tag");
        _folder.Write("fine.md", "A fine document");
        var options = new IngestionOptions { Tagger = new TimingOutTagger() };

        var report = new IngestionPipeline(_extractor, _index, options).Run(new IngestionRequest { Paths = [_folder.Path] });

        var failed = report.Files.Should().ContainSingle(f => f.Kind == FileOutcomeKind.Failed).Subject;
        failed.Path.Should().EndWith("long.md");
        failed.Reason.Should().StartWith("tagging took too long");
        _index.Documents.Should().ContainSingle().Which.Value.Content.Text.Should().Be("A fine document");
    }

    [Fact]
    public void Run_IndexRefusesOneRecord_OnlyThatFileFails()
    {
        _folder.Write("a.md", "Alpha document");
        _folder.Write("b.md", "Bravo document");
        _index.RefuseUpsert = d => d.Content.Text.StartsWith("Bravo", StringComparison.Ordinal);

        var report = Run();

        report.Files.Single(f => f.Kind == FileOutcomeKind.Failed).Reason.Should().Contain("could not be written");
        _index.Documents.Should().ContainSingle();
    }

    [Fact]
    public void Run_DryRun_ReportsChangesAndWritesNothing()
    {
        _folder.Write("a.md", "Would be added");

        var report = new IngestionPipeline(_extractor, _index).Run(new IngestionRequest { Paths = [_folder.Path], DryRun = true });

        report.Count(FileOutcomeKind.Added).Should().Be(1);
        _index.Documents.Should().BeEmpty();
        _extractor.Calls.Should().Be(0);
    }

    [Fact]
    public void Run_WithManifest_ManifestTagsAndTitleWin()
    {
        _folder.Write("a.md", "Some agreement text");
        var manifestPath = _folder.Write("manifest.csv", "path,title,category,councils,year\na.md,Legal MOU,legal,Northmere District Council;Eastwold District Council,2019\n");
        var manifest = ManifestReader.Read(manifestPath, OpenVocabulary.Instance);

        var report = new IngestionPipeline(_extractor, _index).Run(new IngestionRequest { Paths = [_folder.Path], Manifest = manifest });

        report.Files.Should().ContainSingle().Which.Kind.Should().Be(FileOutcomeKind.Added, "the manifest file itself is not a document");
        var document = _index.Documents.Values.Single();
        document.Title.Should().Be("Legal MOU");
        document.Tags.Should().Contain(new Tag(FacetNames.Category, "legal", TagSource.Manifest))
            .And.Contain(new Tag(FacetNames.Council, "Eastwold District Council", TagSource.Manifest))
            .And.Contain(new Tag(FacetNames.Year, "2019", TagSource.Manifest));
    }

    [Fact]
    public void Run_MissingInput_FailsWithNotFound()
    {
        var report = new IngestionPipeline(_extractor, _index).Run(new IngestionRequest { Paths = [Path.Combine(_folder.Path, "nope")] });

        report.Files.Should().ContainSingle().Which.Should().Match<FileOutcome>(f => f.Kind == FileOutcomeKind.Failed && f.Reason == "not found");
    }

    [Fact]
    public void Run_AgreementByManifestType_StoresItsClausesAndFacts()
    {
        var taxonomy = Core.Taxonomy.Taxonomy.LoadDefault();
        _folder.Write("agreement.txt", "Dated 1 March 2020\n\n1. Termination\n\n1.1 Either Council may terminate this Agreement on six months' notice.\n\n2. Insurance\n\n2.1 Each Council shall insure its own premises.");
        _folder.Write("report.txt", "1. Termination\n\n1.1 A report on six months' notice.\n\n2. Insurance\n\n2.1 Insure.");
        var manifestPath = _folder.Write("manifest.csv", "path,title,type\nagreement.txt,Agreement,legal-agreement\nreport.txt,Report,committee-report\n");
        var options = new IngestionOptions { Agreements = new Core.Agreements.AgreementReader(taxonomy), Vocabulary = new Core.Taxonomy.TaxonomyVocabulary(taxonomy) };

        new IngestionPipeline(_extractor, _index, options).Run(new IngestionRequest { Paths = [_folder.Path], Manifest = ManifestReader.Read(manifestPath, options.Vocabulary) });

        var agreement = _index.Documents.Values.Single(d => d.Title == "Agreement").Agreement;
        agreement.Clauses.Where(c => c.IsUnit).Select(c => $"{c.Number} {c.Kinds[0].Id}").Should().Equal("1 termination", "2 insurance");
        agreement.Facts.NoticePeriod!.Value.Should().Be("6 months");
        _index.Documents.Values.Single(d => d.Title == "Report").Agreement.Clauses.Should().BeEmpty("a committee report's clauses are not read");
    }

    private IngestionReport Run(int jobs = 1) =>
        new IngestionPipeline(_extractor, _index).Run(new IngestionRequest { Paths = [_folder.Path], Jobs = jobs });
}

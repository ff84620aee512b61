using System.IO.Compression;

namespace TemplateLibrary.Cli.Tests.Commands;

public sealed class FillCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public FillCommandTests()
    {
        _cli.Run("ingest", "templates", "--json");
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Fill_FieldsJson_ListsEachFieldOnceWithTypeAndOccurrences()
    {
        var result = _cli.Run("fill", TemplateId(), "--fields", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        result.Json.GetProperty("canFill").GetBoolean().Should().BeTrue();
        var fields = result.Json.GetProperty("fields").EnumerateArray().ToList();
        var employing = fields.Single(f => f.GetProperty("name").GetString() == "Employing Council");
        employing.GetProperty("type").GetString().Should().Be("council");
        employing.GetProperty("occurrences").GetArrayLength().Should().Be(2);
        fields.Count(f => f.GetProperty("name").GetString() == "date").Should().Be(1);
    }

    [Fact]
    public void Fill_SetValues_WritesAFilledDocx()
    {
        var result = _cli.Run("fill", TemplateId(), "--set", "Employing Council=Northmere District Council", "--set", "date=1 April 2026", "-o", "out.docx");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("2 fields filled in 8 places").And.Contain("Still marked: address");
        using var archive = ZipFile.OpenRead(Path.Combine(_cli.Root, "out.docx"));
        using var reader = new StreamReader(archive.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd();
        xml.Should().Contain("Northmere District Council").And.NotContain("[Employing Council]").And.NotContain("[date]").And.Contain("[address]");
    }

    [Fact]
    public void Fill_UnknownField_ExitsTwoListingTheFields()
    {
        var result = _cli.Run("fill", TemplateId(), "--set", "Employer=Northmere", "-o", "out.docx");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("unknown field 'Employer'").And.Contain("Employing Council").And.Contain("Partner Council");
        File.Exists(Path.Combine(_cli.Root, "out.docx")).Should().BeFalse();
    }

    [Fact]
    public void Fill_SetWithoutEquals_ExitsTwo()
    {
        var result = _cli.Run("fill", TemplateId(), "--set", "Employing Council");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("NAME=VALUE");
    }

    [Fact]
    public void Fill_DocumentWithoutFields_SaysSo()
    {
        var id = _cli.Run("search", "budget", "--json").Json.GetProperty("results")[0].GetProperty("id").GetString()!;

        var result = _cli.Run("fill", id, "--fields");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("plain-note.md has no fields to fill");
    }

    [Fact]
    public void Fill_UnknownId_ExitsOne()
    {
        _cli.Run("fill", "does-not-exist", "--fields").ExitCode.Should().Be(1);
    }

    private string TemplateId() =>
        _cli.Run("search", "secondment OR disposal OR \"Head of Legal\"", "--json").Json.GetProperty("results").EnumerateArray()
            .First(r => r.GetProperty("path").GetString()!.EndsWith("s113-template.docx", StringComparison.Ordinal)).GetProperty("id").GetString()!;
}

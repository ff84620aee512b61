using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Versions;

namespace TemplateLibrary.Search.Tests.Indexing;

public sealed class VersionDateTests
{
    private static readonly DateTimeOffset FileTime = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void Choose_ModifiedDateInTheFile_WinsOverEverythingElse()
    {
        var date = VersionDateReader.Choose("""{"modified":"2025-10-02T15:30:00+00:00","created":"2023-03-14T09:00:00+00:00"}""", 2023, "2023|metadata: \"2023-03-14\"", FileTime);

        date.Should().Be(new VersionDate(new DateTimeOffset(2025, 10, 2, 15, 30, 0, TimeSpan.Zero), "file-modified"));
    }

    [Theory]
    [InlineData("2019|text: \"12th March 2019\"", 2019, 3, 12, "text")]
    [InlineData("2019|text: \"March 12, 2019\"", 2019, 3, 12, "text")]
    [InlineData("2019|text: \"12/03/2019\"", 2019, 3, 12, "text")]
    [InlineData("2012|metadata: \"2012-04-04\"", 2012, 4, 4, "file-created")]
    public void Choose_FullDateTheTaggerRead_IsTheDate(string evidence, int year, int month, int day, string source)
    {
        var date = VersionDateReader.Choose("{}", year, evidence, FileTime);

        date.Should().Be(new VersionDate(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), source));
    }

    [Fact]
    public void Choose_YearTagOverriddenOrOnlyAYearRead_IsTheYear()
    {
        VersionDateReader.Choose("{}", 2020, "2019|text: \"12 March 2019\"", FileTime).Should().Be(new VersionDate(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), "year"));
        VersionDateReader.Choose("{}", 2019, "2019|text: \"2019\"", FileTime).Source.Should().Be("year");
    }

    [Fact]
    public void Choose_NoDateAtAll_IsTheFileSystemTime() =>
        VersionDateReader.Choose("{}", null, null, FileTime).Should().Be(new VersionDate(FileTime, "modified-time"));
}

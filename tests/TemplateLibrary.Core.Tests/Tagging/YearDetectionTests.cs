using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Core.Tests.Tagging;

public class YearDetectionTests
{
    [Fact]
    public void Analyze_MetadataYear_WinsOverText()
    {
        var result = TaggerFixture.Tagger.Analyze(new TaggingInput { Body = "Dated 1 April 2015", MetadataYear = 2019 });

        result.Year.Should().Be(new YearMatch(2019, "metadata", null));
    }

    [Fact]
    public void Analyze_CreatedDate_IsUsedWhenNoYear()
    {
        var result = TaggerFixture.Tagger.Analyze(new TaggingInput { Body = "text", Created = new DateTimeOffset(2017, 3, 1, 0, 0, 0, TimeSpan.Zero) });

        result.Year!.Value.Should().Be(2017);
        result.Year.Source.Should().Be("metadata");
    }

    [Theory]
    [InlineData("THIS AGREEMENT is dated 3rd June 2016 under section 101 of the Local Government Act 1972.", 2016)]
    [InlineData("Cabinet – 14 March 2019\nThe Localism Act 2011 and the 1970 Act and the Public Contracts Regulations 2015 apply.", 2019)]
    [InlineData("Meeting date: 22/11/2022. Powers under the Local Government Act 2000.", 2022)]
    [InlineData("Report published September 2018. The Procurement Act 2023 will change the rules.", 2018)]
    [InlineData("Under the LGA 1972 and TUPE Regulations 2006, signed on 1 April 2014.", 2014)]
    public void Analyze_TextDates_PicksThePlausibleDateNotStatuteYears(string body, int expected)
    {
        TaggerFixture.Body(body).Year!.Value.Should().Be(expected);
    }

    [Fact]
    public void Analyze_OnlyStatuteYears_GivesNoYear()
    {
        TaggerFixture.Body("Powers under the Local Government Act 1972, the Localism Act 2011 and the 1970 Act.").Year.Should().BeNull();
    }
}

namespace TemplateLibrary.Core.Tests.Tagging;

public class CouncilRecognitionTests
{
    [Theory]
    [InlineData("The report was approved by Northmere District Council last week.", "Northmere District Council")]
    [InlineData("between NORTHMERE DISTRICT COUNCIL and others", "Northmere District Council")]
    [InlineData("services for the London Borough of Sutton and others", "London Borough of Sutton")]
    [InlineData("the Royal Borough of Windsor and Maidenhead agreed", "Royal Borough of Windsor and Maidenhead")]
    [InlineData("agreed with Westshire CC in 2019", "Westshire County Council")]
    [InlineData("Northmere DC will host", "Northmere District Council")]
    [InlineData("Southvale BC will host", "Southvale Borough Council")]
    [InlineData("Oldfield MBC signed", "Oldfield Metropolitan Borough Council")]
    [InlineData("Wrenton City Council is the lead", "Wrenton City Council")]
    [InlineData("with Kingston upon Hull City Council", "Kingston upon Hull City Council")]
    [InlineData("STOCKTON-ON-TEES BOROUGH COUNCIL", "Stockton-on-Tees Borough Council")]
    [InlineData("the Borough Council of King's Lynn and West Norfolk", "King's Lynn and West Norfolk Borough Council")]
    [InlineData("officers of City of York Council attended", "City of York Council")]
    [InlineData("Cornwall Council and partners", "Cornwall Council")]
    [InlineData("North Somerset Council agreed", "North Somerset Council")]
    [InlineData("Hampford County Council (Adult Social Care)", "Hampford County Council")]
    [InlineData("Brighton & Hove City Council", "Brighton & Hove City Council")]
    [InlineData("Tillingham Town Council", "Tillingham Town Council")]
    [InlineData("On 5 May Northmere District Council resolved", "Northmere District Council")]
    [InlineData("Cabinet of Northmere District Council", "Northmere District Council")]
    [InlineData("Proposed Shared Legal Service with Ashbourne Borough Council", "Ashbourne Borough Council")]
    [InlineData("Blackburn with Darwen Borough Council", "Blackburn with Darwen Borough Council")]
    public void Analyze_CouncilForm_IsNormalised(string text, string expected)
    {
        var result = TaggerFixture.Body(text);

        result.Councils.Select(c => c.Name).Should().Contain(expected);
    }

    [Theory]
    [InlineData("The Council agreed the report.")]
    [InlineData("The County Council will employ the staff.")]
    [InlineData("This District Council has resolved to share services.")]
    [InlineData("Each Parish Council will be consulted.")]
    [InlineData("The report goes to Full Council in May.")]
    [InlineData("Funding from the Arts Council was secured.")]
    [InlineData("the host council and the partner council")]
    [InlineData("The Receiving Council shall reimburse the Employing Council.")]
    [InlineData("In-year Council Tax collection rose.")]
    [InlineData("Westbury's Council housing was transferred.")]
    public void Analyze_GenericMention_IsNotACouncilName(string text)
    {
        TaggerFixture.Body(text).Councils.Should().BeEmpty();
    }

    [Fact]
    public void Analyze_TwoCouncilsJoinedByAnd_AreSeparate()
    {
        var result = TaggerFixture.Body("Westshire County Council and Northmere District Council agree.");

        result.Councils.Select(c => c.Name).Should().BeEquivalentTo("Westshire County Council", "Northmere District Council");
    }

    [Fact]
    public void Analyze_CityCouncilAbbreviation_UsesCityWhenDocumentSaysCity()
    {
        var result = TaggerFixture.Body("Wrenton City Council leads. Later Wrenton CC signed.");

        result.Councils.Should().ContainSingle().Which.Name.Should().Be("Wrenton City Council");
    }

    [Fact]
    public void Analyze_RepeatedMentions_AreCountedInEvidence()
    {
        var result = TaggerFixture.Body("Northmere DC and Northmere District Council; Northmere District Council again.");

        var council = result.Councils.Should().ContainSingle().Subject;
        council.Evidence.Sum(e => e.Count).Should().Be(3);
    }
}

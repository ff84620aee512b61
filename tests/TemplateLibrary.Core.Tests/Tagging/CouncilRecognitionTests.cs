using TemplateLibrary.Core.Tagging;

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
    [InlineData("the Borough Council of King's Lynn and West Norfolk", "Borough Council of King's Lynn and West Norfolk")]
    [InlineData("officers of City of York Council attended", "City of York Council")]
    [InlineData("Cornwall Council and partners", "Cornwall Council")]
    [InlineData("North Somerset Council agreed", "North Somerset Council")]
    [InlineData("Hampford County Council (Adult Social Care)", "Hampford County Council")]
    [InlineData("Brighton & Hove City Council", "Brighton and Hove City Council")]
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

    // Phrases issue 15 found in the councils facet of the sample library: defined terms, roles and sentence fragments.
    [Theory]
    [InlineData("The costs are shared with Another Council on request.", "")]
    [InlineData("A Secondee on Host Council premises follows its policies.", "")]
    [InlineData("A. The Host Council\nB. The Employing Council", "")]
    [InlineData("8. Sovereignty. Each Council keeps its own decisions.", "")]
    [InlineData("The Shareholder Council appoints one director; the Placing Council pays.", "")]
    [InlineData("[Name] Council agrees to Allow Council officers access.", "")]
    [InlineData("The Partner Councils and each Council's Monitoring Officer.", "")]
    [InlineData("Work with the South and East Lincolnshire Councils Partnership continues.", "")]
    [InlineData("London Councils published guidance.", "")]
    [InlineData("Three Buckinghamshire Councils are to share a single chief executive.", "")]
    [InlineData("A review by the Director of Communities and the County Council's Head of Resilience found gaps.", "")]
    [InlineData("(1) SALTMARSH DISTRICT COUNCIL of Council Offices, Quay Street, Saltmarsh", "Saltmarsh District Council")]
    [InlineData("Kingsmere Ravensholt Oakridge\nCC\nBC\nDowns DC", "")]
    public void Analyze_DefinedTermsRolesAndFragments_AreNotCouncils(string text, string councils)
    {
        var expected = councils.Split(';', StringSplitOptions.RemoveEmptyEntries);

        TaggerFixture.Body(text).Councils.Select(c => c.Name).Should().BeEquivalentTo(expected);
    }

    [Theory]
    [InlineData("Shared chief executives in Teignbridge and Torridge DCs.", "Teignbridge District Council", "Torridge District Council")]
    [InlineData("For example shared chief executives in South Holland and Breckland DCs.", "South Holland District Council", "Breckland District Council")]
    [InlineData("My own authority, Essex CC partners with Slough BC.", "Essex County Council", "Slough Borough Council")]
    [InlineData("Sharing between Cambridgeshire and Northamptonshire CCs saved money.", "Cambridgeshire County Council", "Northamptonshire County Council")]
    [InlineData("Another pair of councils, Islington and Camden LBCs in London, decided against it.", "London Borough of Islington", "London Borough of Camden")]
    [InlineData("In West Sussex, Adur and Worthing councils estimate savings.", "Adur District Council", "Worthing Borough Council")]
    [InlineData("Stirling and Clackmannanshire Councils have agreed.", "Stirling Council", "Clackmannanshire Council")]
    [InlineData("Fellbrook and Westcombe City Councils will own the company.", "Fellbrook City Council", "Westcombe City Council")]
    [InlineData("Wrenton and Foxley District Councils will share a team.", "Wrenton District Council", "Foxley District Council")]
    [InlineData("Chiltern and Wycombe District Council's procurement of a contract.", "Chiltern District Council", "Wycombe District Council")]
    public void Analyze_ListOrPlural_GivesEachCouncil(string text, string first, string second)
    {
        TaggerFixture.Body(text).Councils.Select(c => c.Name).Should().BeEquivalentTo(first, second);
    }

    [Fact]
    public void Analyze_ListOfThreeWithKindsAndThe_GivesEachCouncil()
    {
        TaggerFixture.Body("A shared service between Bridgend, Cardiff and the Vale of Glamorgan Councils. " +
            "The Chief Financial Officers of Devon County, Plymouth City and Torbay Councils agreed.")
            .Councils.Select(c => c.Name).Should().BeEquivalentTo(
                "Bridgend County Borough Council", "Cardiff Council", "Vale of Glamorgan Council",
                "Devon County Council", "Plymouth City Council", "Torbay Council");
    }

    [Theory]
    [InlineData("The East Herts Council Director reported.", "East Hertfordshire District Council", "east")]
    [InlineData("Somerset County Council joined the partnership in 2007.", "Somerset County Council", "south-west")]
    [InlineData("Somerset Council took over from 1 April 2023.", "Somerset Council", "south-west")]
    [InlineData("Waveney District Council's cabinet met.", "Waveney District Council", "east")]
    [InlineData("STIRLING Council has agreed to work jointly.", "Stirling Council", "scotland")]
    [InlineData("Cllr Sean McPeake, Mid Ulster Council / NILGA", "Mid Ulster District Council", "northern-ireland")]
    [InlineData("the Council of the Isles of Scilly agreed", "Council of the Isles of Scilly", "south-west")]
    [InlineData("policy work at Cambridgeshire City Council", "Cambridgeshire County Council", "east")]
    [InlineData("waste collections by Gloucester city council staff", "Gloucester City Council", "south-west")]
    [InlineData("welcomed by Stroud council's committee", "Stroud District Council", "south-west")]
    [InlineData("Hackney and the City of London councils will pool budgets", "City of London Corporation", "london")]
    public void Analyze_GazetteerCouncil_UsesItsNameAndRegion(string text, string name, string region)
    {
        var council = TaggerFixture.Body(text).Councils.Should().Contain(c => c.Name == name).Subject;

        council.Region.Should().Be(region);
    }

    [Theory]
    [InlineData("Waveney District Council entered s113 agreements with Lowestoft Town Council and Oulton Broad Parish Council.", "Lowestoft Town Council", "parish-council")]
    [InlineData("a partnership with Thames Valley Police on enforcement", "Thames Valley Police", "police")]
    [InlineData("Staffordshire County Council, Staffordshire Police and Crime Commissioner (PCC) and Kier", "Staffordshire Police and Crime Commissioner", "pcc")]
    [InlineData("City and Hackney CCG will put money into the pooled budget.", "City and Hackney CCG", "ccg")]
    [InlineData("the Greater Manchester Combined Authority agreed", "Greater Manchester Combined Authority", "combined-authority")]
    [InlineData("staff of Wye Valley NHS Trust and the council", "Wye Valley NHS Trust", "nhs-trust")]
    [InlineData("Police Scotland and the councils", "Police Scotland", "police")]
    public void Analyze_OtherPublicBody_IsAPartnerBodyNotACouncil(string text, string name, string kind)
    {
        var result = TaggerFixture.Body(text);

        result.PartnerBodies.Should().Contain(p => p.Name == name && p.Kind == kind);
        result.Councils.Select(c => c.Name).Should().NotContain(name);
    }

    [Theory]
    [InlineData("Hackney carriages are licensed under the Town Police Clauses Act 1847.")]
    [InlineData("drivers are licensed under the Town Police\nClauses Act 1847 and the 1976 Act.")]
    [InlineData("Additional ICB funding was agreed, with additional staff.")]
    [InlineData("The Chief Nursing Information Officer ICB signed it.")]
    [InlineData("Risk R8 Police response times are slow.")]
    public void Analyze_PhraseEndingLikeABody_IsNoPartnerBody(string text)
    {
        TaggerFixture.Body(text).PartnerBodies.Should().BeEmpty();
    }

    [Fact]
    public void Tag_PartnerBody_IsAPartnerTag()
    {
        var tags = AutoTagger.ToTags(TaggerFixture.Body("Tillingham Town Council and Westshire County Council"));

        tags.Should().Contain(t => t.Facet == FacetNames.Partner && t.Value == "Tillingham Town Council");
        tags.Should().NotContain(t => t.Facet == FacetNames.Council && t.Value.StartsWith("Tillingham", StringComparison.Ordinal));
    }
}


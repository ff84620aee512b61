namespace TemplateLibrary.Core.Tests.Tagging;

public class PowerRecognitionTests
{
    [Theory]
    [InlineData("under section 101 of the Local Government Act 1972 the council may", "lga1972-s101")]
    [InlineData("a joint committee under s.101(5) LGA 1972", "lga1972-s101")]
    [InlineData("arrangements under s101(1)(b) of the 1972 Act", "lga1972-s101")]
    [InlineData("powers in sections 101 and 102 of the Local Government Act 1972", "lga1972-s101")]
    [InlineData("powers in sections 101 and 102 of the Local Government Act 1972", "lga1972-s102")]
    [InlineData("established pursuant to Section 102 LGA 1972", "lga1972-s102")]
    [InlineData("Local Government Act 1972, section 102", "lga1972-s102")]
    [InlineData("the ancillary power in s111", "lga1972-s111")]
    [InlineData("relying on section 111 of the Local Government Act 1972", "lga1972-s111")]
    [InlineData("staff placed at disposal under s113", "lga1972-s113")]
    [InlineData("an agreement under S.113 of the Local Government Act, 1972", "lga1972-s113")]
    [InlineData("a section 113 agreement for the shared chief executive", "lga1972-s113")]
    [InlineData("sections 101, 111 and 113 of the LGA 1972", "lga1972-s113")]
    [InlineData("LGA 1972 s.113", "lga1972-s113")]
    [InlineData("the Local Authorities (Goods and Services) Act 1970 allows", "lgsa1970-s1")]
    [InlineData("section 1 of the Local Authorities (Goods and Services) Act 1970", "lgsa1970-s1")]
    [InlineData("services provided under the 1970 Act", "lgsa1970-s1")]
    [InlineData("under the LA(GS)A 1970 the council may sell", "lgsa1970-s1")]
    [InlineData("using the general power of competence", "localism2011-s1")]
    [InlineData("section 1 of the Localism Act 2011", "localism2011-s1")]
    [InlineData("powers in the Localism Act 2011", "localism2011-s1")]
    [InlineData("must trade through a company (Localism Act 2011, s.4)", "localism2011-s4")]
    [InlineData("as required by section 4 of the Localism Act 2011", "localism2011-s4")]
    [InlineData("relying on the general power of competence in section 1 of the Localism Act 2011 and section 4 of that Act", "localism2011-s4")]
    [InlineData("the trading power in section 95 of the Local Government Act 2003", "lga2003-s95")]
    [InlineData("executive functions under section 9EB of the Local Government Act 2000", "lga2000-s9eb")]
    [InlineData("delegated under s9EB", "lga2000-s9eb")]
    [InlineData("the Local Authorities (Arrangements for the Discharge of Functions) (England) Regulations 2012", "dof-regs-2012")]
    [InlineData("under the Discharge of Functions Regulations", "dof-regs-2012")]
    [InlineData("Regulation 12 of the Public Contracts Regulations 2015", "pcr2015-reg12")]
    [InlineData("the exemption in reg. 12(1) PCR 2015", "pcr2015-reg12")]
    [InlineData("a Teckal company owned by the councils", "pcr2015-reg12")]
    [InlineData("vertical arrangements under Schedule 2 to the Procurement Act 2023", "pa2023-sch2")]
    [InlineData("section 75 of the NHS Act 2006", "nhsa2006-s75")]
    [InlineData("a section 75 agreement for pooled budgets", "nhsa2006-s75")]
    [InlineData("s.75 of the National Health Service Act 2006", "nhsa2006-s75")]
    [InlineData("staff transfer under TUPE", "tupe2006")]
    [InlineData("the Transfer of Undertakings (Protection of Employment) Regulations 2006 apply", "tupe2006")]
    [InlineData("in accordance with the Data Protection Act 2018", "dpa2018")]
    [InlineData("requests under the Freedom of Information Act 2000", "foia2000")]
    [InlineData("exempt from disclosure under FOIA", "foia2000")]
    public void Analyze_CitationVariant_NormalisesToPowerId(string text, string expected)
    {
        var result = TaggerFixture.Body(text);

        result.Powers.Select(p => p.Id).Should().Contain(expected);
    }

    [Theory]
    [InlineData("see section 4 of the Housing Act 1996", "localism2011-s4")]
    [InlineData("section 1 applies", "localism2011-s1")]
    [InlineData("section 1 applies", "lgsa1970-s1")]
    [InlineData("the Public Contracts Regulations 2015 apply to this procurement", "pcr2015-reg12")]
    [InlineData("the Data Protection Act 1998 has been repealed", "dpa2018")]
    [InlineData("the Localism Act 2011, section 4 requires a company", "localism2011-s1")]
    [InlineData("the Regulations 2006 were amended", "pcr2015-reg12")]
    public void Analyze_AmbiguousOrOtherCitation_DoesNotClaimPower(string text, string notExpected)
    {
        var result = TaggerFixture.Body(text);

        result.Powers.Select(p => p.Id).Should().NotContain(notExpected);
    }

    [Fact]
    public void Analyze_PowerEvidence_ShowsCitationZoneAndCount()
    {
        var result = TaggerFixture.Body("Under section 113 of the Local Government Act 1972 staff are shared.\nA further s113 agreement covers managers. Again s113.", "Shared staff");

        var power = result.Powers.Should().ContainSingle(p => p.Id == "lga1972-s113").Subject;
        power.Label.Should().Be("s113 LGA 1972");
        power.Evidence.Should().Contain(e => e.Phrase == "section 113 of the Local Government Act 1972" && e.Count == 1);
        power.Evidence.Should().Contain(e => e.Phrase == "s113" && e.Count == 2);
    }

    [Theory]
    [InlineData("a joint committee constituted under s.101(5) of the Local Government Act 1972 and s.102", "joint-committee")]
    [InlineData("the council arranges for the discharge of its functions by another authority under section 101(1)(b)", "lead-authority")]
    [InlineData("the arrangement is made under section 75 of the National Health Service Act 2006", "service-integration")]
    [InlineData("services are provided under the Local Authorities (Goods and Services) Act 1970", "contracting")]
    public void Analyze_Citation_IsEvidenceForDeliveryModel(string text, string model)
    {
        var result = TaggerFixture.Body(text);

        result.Model.Should().NotBeNull();
        result.Model!.Id.Should().Be(model);
    }
}

namespace TemplateLibrary.Core.Tests.Tagging;

/// <summary>The delivery vehicles a legal team tells apart, including the indirect ways real pages name them.</summary>
public class DeliveryModelTests
{
    [Theory]
    [InlineData("The councils will set up a company they jointly own. Because they control it and it carries out more than 80% of its activities for them, contracts can be awarded under the Teckal exemption.", "teckal-company")]
    [InlineData("Stroud District Council became a shareholder in the company in February, when it started collecting garden waste for the authority.", "teckal-company")]
    [InlineData("The council will form a limited liability partnership with Mace, its joint venture partner, each member holding an equal 50% interest.", "joint-venture")]
    [InlineData("The council outsourced its revenues and benefits service to a private sector provider; eighty staff transferred to Capita under TUPE.", "private-contractor")]
    [InlineData("The library service spun out as a staff mutual, an Industrial and Provident Society owned by its staff and community members.", "mutual")]
    [InlineData("Cabinet approved the transfer of the leisure centres to a new charitable trust, which will benefit from non-domestic rate relief.", "trust")]
    [InlineData("The new legal service is hosted by Malvern Hills, with Wychavon delegating its legal services function.", "lead-authority")]
    [InlineData("The Partnership is run by a board consisting of elected members from each District Council.", "joint-committee")]
    [InlineData("The JWC is made up of two elected members appointed from each of the partner authorities.", "joint-committee")]
    [InlineData("The councils agreed to place the lawyers at the disposal of the non-employing Council under a Section 113 Agreement.", "secondment")]
    [InlineData("The agreement will see two joint head of service posts managing the services across both councils.", "shared-management")]
    public void Analyze_DeliveryVehicle_IsTheModel(string text, string model)
    {
        TaggerFixture.Body(text).Model!.Id.Should().Be(model);
    }

    [Theory]
    [InlineData("Thames Valley NHS Trust and the council share a building.")]
    [InlineData("The school joined a multi-academy trust last year.")]
    public void Analyze_TrustThatIsNotACharitableTrust_IsNotTheTrustModel(string text)
    {
        TaggerFixture.Body(text).Model?.Id.Should().NotBe("trust");
    }

    [Fact]
    public void Analyze_JointVentureMention_CountsAgainstTeckalCompany()
    {
        var result = TaggerFixture.Body("A joint venture with a private sector partner to regenerate the town centre, structured as a company.");

        result.Model!.Id.Should().Be("joint-venture");
    }
}

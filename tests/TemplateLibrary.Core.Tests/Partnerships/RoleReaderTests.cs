using TemplateLibrary.Core.Partnerships;

namespace TemplateLibrary.Core.Tests.Partnerships;

public sealed class RoleReaderTests
{
    [Theory]
    [InlineData("A single legal service hosted by Eastwold District Council and overseen by a joint committee.", "Eastwold District Council", "host")]
    [InlineData("The councils recommend a joint committee with Brackenford as host employer.", "Brackenford", "host")]
    [InlineData("Upper Wendle District Council as lead authority runs the centre for itself and Larkmoor.", "Upper Wendle District Council", "lead")]
    [InlineData("Kingsmere is the host council for the committee.", "Kingsmere", "host")]
    [InlineData("Under the agreement Mereshire hosts the joint transport unit.", "Mereshire", "host")]
    [InlineData("The shared service of three boroughs, hosted by Greyhaven as lead authority.", "Greyhaven", "host")]
    public void Read_RoleStatedInProse_NameAndRole(string text, string name, string role)
    {
        RoleReader.Read(text).Should().ContainEquivalentOf(new StatedRole(name, role));
    }

    [Fact]
    public void Read_OptionsAppraisal_NoRole()
    {
        const string text = "Option C – Lead authority: Hollinsvale as lead authority discharges the others' functions.";

        RoleReader.Read(text).Should().BeEmpty();
    }

    [Fact]
    public void Read_GenericParty_NoRole()
    {
        RoleReader.Read("The Council will host the pooled fund. The Partner which hosts the fund appoints its manager.").Should().BeEmpty();
    }

    [Fact]
    public void Read_SameNameTwice_Once()
    {
        RoleReader.Read("The service is hosted by Calderholt. Staff transfer to Calderholt as host authority.")
            .Should().ContainSingle().Which.Should().Be(new StatedRole("Calderholt", "host"));
    }
}

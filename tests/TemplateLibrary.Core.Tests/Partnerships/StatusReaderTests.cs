using TemplateLibrary.Core.Partnerships;

namespace TemplateLibrary.Core.Tests.Partnerships;

public sealed class StatusReaderTests
{
    [Theory]
    [InlineData("The shared service went live in April 2013 and now serves 90,000 households.", ArrangementStatuses.Operational)]
    [InlineData("Cabinet is recommended to approve the business case.\n\nThe service went live in 2013.\n\nThe joint venture was dissolved in 2019 and the service returned in-house.", ArrangementStatuses.Dissolved)]
    [InlineData("Cabinet is recommended to approve the proposed shared service.", ArrangementStatuses.Proposed)]
    public void Read_StatedState_StrongestStateWithItsSentence(string text, string expected)
    {
        var status = StatusReader.Read(text);

        status.Should().NotBeNull();
        status!.Status.Should().Be(expected);
        text.Should().Contain(status.Evidence);
    }

    [Fact]
    public void Read_ProposalOnlyLateInALongText_Nothing()
    {
        var text = string.Concat(Enumerable.Repeat("The councils share a planning policy officer under a memorandum. ", 60)) + "\n\nWe recommend that the councils review it.";

        StatusReader.Read(text).Should().BeNull();
    }
}

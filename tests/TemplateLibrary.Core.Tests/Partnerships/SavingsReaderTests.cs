using TemplateLibrary.Core.Partnerships;

namespace TemplateLibrary.Core.Tests.Partnerships;

public sealed class SavingsReaderTests
{
    [Fact]
    public void Read_SavingWithPercentInBrackets_OneAnnualPlannedStatement()
    {
        var found = SavingsReader.Read("Steady-state running cost: £1.49 million, a saving of £250,000 a year (14 per cent) from 2016/17.");

        found.Should().ContainSingle();
        found[0].Should().BeEquivalentTo(new { Kind = SavingKinds.Saving, Amount = 250_000m, Percent = 14m, Period = SavingPeriods.Annual, Stage = SavingStages.Planned });
    }

    [Fact]
    public void Read_LineWrappedByPdf_JoinsTheSentence()
    {
        var found = SavingsReader.Read("The pilot\ncompleted six joint procurements, saving about £390,000 a year.\n\nNext paragraph.");

        found.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Amount = 390_000m, Period = SavingPeriods.Annual, Stage = SavingStages.Achieved });
        found[0].Evidence.Should().Be("The pilot completed six joint procurements, saving about £390,000 a year.");
    }

    [Fact]
    public void Read_OneOffCostBesideShareAmount_OnlyTheCost()
    {
        var found = SavingsReader.Read("Share purchase (£420,000) and one-off transition costs (£680,000, including migration) will be funded from the reserve.");

        found.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Kind = SavingKinds.Cost, Amount = 680_000m, Period = SavingPeriods.OneOff });
    }

    [Theory]
    [InlineData("5.2 Costs and savings £000 2018/19 2019/20 Staffing savings (1.5 FTE net) 62 118 Net recurring saving 58 148")]
    [InlineData("Together they employ 31.6 FTE and cost £1.74 million a year.")]
    [InlineData("The council has had to find £1.1 million of savings from libraries since 2014.")]
    [InlineData("The revised dividend policy would reduce the Council's dividend income by about £40,000 a year.")]
    [InlineData("From April 2013 each council must design its own local scheme, with funding reduced by about 10%.")]
    [InlineData("Savings are shared in proportion to each council's share of combined external care spend (Kingsmere 68%, Fenmouth 32%).")]
    public void Read_BaselinesIncomeAndShares_NothingRead(string sentence) => SavingsReader.Read(sentence).Should().BeEmpty();

    [Fact]
    public void Read_PercentCutInCost_SavingWithPercent()
    {
        var found = SavingsReader.Read("The result was a 34% reduction in combined annual network costs, faster connections for 186 sites.");

        found.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Kind = SavingKinds.Saving, Amount = (decimal?)null, Percent = 34m, Stage = SavingStages.Achieved });
    }

    [Fact]
    public void Read_RangeAndTotalOverYears_RangeTopAndTotalPeriod()
    {
        var found = SavingsReader.Read("Over five years, the proposal saves £2.36 million. 2017/18 is expected to save a further £20,000 to £40,000 a year across the two councils.");

        found.Should().HaveCount(2);
        found[0].Should().BeEquivalentTo(new { Amount = 2_360_000m, Period = SavingPeriods.Total });
        found[1].Should().BeEquivalentTo(new { Amount = 20_000m, UpTo = 40_000m, Period = SavingPeriods.Annual });
    }
}

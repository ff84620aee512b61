using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Web.Partnerships.Map;

namespace TemplateLibrary.Web.Tests.Partnerships;

public sealed class MapDataTests
{
    [Fact]
    public void Default_EveryCurrentGazetteerCouncil_HasAPointInsideTheMap()
    {
        var data = MapData.Default;
        var current = CouncilGazetteer.LoadDefault().Councils.Where(c => c.Abolished is null).ToList();

        current.Select(c => c.Name).Where(n => !data.Councils.ContainsKey(n)).Should().BeEmpty();
        data.Councils.Values.Should().OnlyContain(p => p.Lon >= -8.7 && p.Lon <= 2.0 && p.Lat >= 49.8 && p.Lat <= 60.9);
        data.Outline.Keys.Should().BeEquivalentTo("gb", "ni");
    }
}

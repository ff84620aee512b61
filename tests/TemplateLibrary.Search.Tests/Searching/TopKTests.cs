using TemplateLibrary.Search.Searching;

namespace TemplateLibrary.Search.Tests.Searching;

public sealed class TopKTests
{
    [Theory]
    [InlineData(0, 20)]
    [InlineData(20, 20)]
    [InlineData(995, 20)]
    [InlineData(2000, 20)]
    public void Page_AnyOffset_EqualsSortingEverything(int offset, int limit)
    {
        var random = new Random(7);
        var items = Enumerable.Range(0, 1000).Select(_ => random.Next(500)).ToList();
        var expected = items.Order().Skip(offset).Take(limit).ToList();

        var page = TopK.Page(items.ToList(), (a, b) => a.CompareTo(b), offset, limit);

        page.Should().Equal(expected);
    }
}

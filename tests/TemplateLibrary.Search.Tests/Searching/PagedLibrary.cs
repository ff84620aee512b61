using TemplateLibrary.Search.Tests.Support;

namespace TemplateLibrary.Search.Tests.Searching;

/// <summary>An index of 250 documents with random two-letter title starts and years, built once for the paging tests, which only read it.</summary>
public sealed class PagedLibrary : IDisposable
{
    public const int Count = 250;
    private readonly TempIndex _temp = new();

    public PagedLibrary()
    {
        var random = new Random(7);
        Titles = [.. Enumerable.Range(0, Count).Select(i => $"{(char)('a' + random.Next(26))}{(char)('a' + random.Next(26))} shared service plan {i:D3}")];
        var words = new[] { "shared", "service", "legal", "waste", "committee", "agreement" };
        _temp.Index.Apply(Docs.Upserts([.. Titles.Select((title, i) => Docs.Make(
            "p" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture),
            title,
            string.Join(' ', Enumerable.Range(0, 5 + random.Next(40)).Select(_ => words[random.Next(words.Length)])),
            year: 1990 + random.Next(30)))]));
    }

    public LibraryIndex Index => _temp.Index;

    public IReadOnlyList<string> Titles { get; }

    public void Dispose() => _temp.Dispose();
}

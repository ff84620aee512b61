using TemplateLibrary.Search.Tests.Support;

namespace TemplateLibrary.Search.Tests.Searching;

/// <summary>An index of 300 documents written in three commits, so several segments, built once for the sliced-search tests, which only read it.</summary>
public sealed class SlicedLibrary : IDisposable
{
    private static readonly string[] Services = ["legal", "ict-digital", "waste-environmental", "hr-payroll"];
    private readonly TempIndex _temp = new();

    public SlicedLibrary()
    {
        for (var batch = 0; batch < 3; batch++)
        {
            // Several commits make several segments, so slices cross segment boundaries.
            _temp.Index.Apply(Docs.Upserts([.. Enumerable.Range(batch * 100, 100).Select(i => Docs.Make(
                $"doc{i:D3}", $"Shared service agreement {i % 17}", $"Clause {i % 9} on the recharge and exit of a shared service {(i % 3 == 0 ? "waste" : "legal")}.",
                Services[i % Services.Length], year: 2010 + (i % 12)))]));
            _temp.Index.Refresh();
        }
    }

    public LibraryIndex Index => _temp.Index;

    public string Directory => _temp.Directory;

    public void Dispose() => _temp.Dispose();
}

namespace TemplateLibrary.Search.Tests.Support;

/// <summary>The hand-counted <see cref="Fixture"/> library in an index of its own, built once for a class whose tests only read it.</summary>
public sealed class FixtureLibrary : IDisposable
{
    private readonly TempIndex _temp = new();

    public FixtureLibrary()
    {
        Fixture.Load(_temp.Index);
    }

    public LibraryIndex Index => _temp.Index;

    public void Dispose() => _temp.Dispose();
}

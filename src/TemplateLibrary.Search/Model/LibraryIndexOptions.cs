namespace TemplateLibrary.Search.Model;

/// <summary>Options for opening a <see cref="LibraryIndex"/>.</summary>
public sealed record LibraryIndexOptions
{
    /// <summary>Maps a facet value to its display label (taxonomy labels); null or a null result means the value is its own label.</summary>
    public Func<string, string, string?>? LabelFor { get; init; }

    /// <summary>How long an operation waits for another writer before failing.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The clock used to stamp ingestion times (tests replace it).</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;
}

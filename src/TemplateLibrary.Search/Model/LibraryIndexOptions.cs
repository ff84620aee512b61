using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search.Querying;
using TemplateLibrary.Search.Searching;

namespace TemplateLibrary.Search.Model;

/// <summary>Options for opening a <see cref="LibraryIndex"/>.</summary>
public sealed record LibraryIndexOptions
{
    /// <summary>The taxonomy: labels, the facets' allowed values, and the search section (citations, synonyms); null for the built-in one.</summary>
    public Taxonomy? Taxonomy { get; init; }

    /// <summary>How long an operation waits for another writer of the catalogue before failing.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often to look for changes other processes made to the catalogue (a server beside CLI ingests); null
    /// to look only when this index is opened and written.</summary>
    public TimeSpan? FollowInterval { get; init; }

    /// <summary>The clock used to stamp ingestion times (tests replace it).</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;

    /// <summary>From this many documents on, a search runs in parallel slices (tests lower it).</summary>
    internal int SlicedFrom { get; init; } = SlicedSearch.SlicedFrom;

    /// <summary>The ranking weights.</summary>
    internal RankingSettings Ranking { get; init; } = RankingSettings.Default;
}

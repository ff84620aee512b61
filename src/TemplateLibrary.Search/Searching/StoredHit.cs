using System.Globalization;
using Lucene.Net.Documents;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Indexing;

namespace TemplateLibrary.Search.Searching;

/// <summary>What the index stores about a hit: its identity, display fields and tags in order.</summary>
internal sealed class StoredHit
{
    /// <summary>The stored fields a hit needs.</summary>
    public static readonly ISet<string> Fields = new HashSet<string>(
        [IndexFields.Id, IndexFields.Title, IndexFields.Headings, IndexFields.Path, IndexFields.Format, IndexFields.Lead, IndexFields.Generation,
         .. IndexFields.Facets.Select(IndexFields.OrderedValues)],
        StringComparer.Ordinal);

    private StoredHit(Document document)
    {
        Id = document.Get(IndexFields.Id);
        Title = document.Get(IndexFields.Title) ?? Id;
        Headings = document.Get(IndexFields.Headings) ?? string.Empty;
        Path = document.Get(IndexFields.Path) ?? string.Empty;
        Format = document.Get(IndexFields.Format) ?? string.Empty;
        Lead = document.Get(IndexFields.Lead) ?? string.Empty;
        Generation = document.GetField(IndexFields.Generation)?.GetInt64Value() ?? 0;
        Tags = IndexFields.Facets.ToDictionary(
            f => f,
            f => (IReadOnlyList<string>)(document.Get(IndexFields.OrderedValues(f))?.Split(DocumentMapper.ValueSeparator) ?? []),
            StringComparer.Ordinal);
        Year = Tags[FacetNames.Year].Count > 0 && int.TryParse(Tags[FacetNames.Year][0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
    }

    /// <summary>The document id.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The headings, one per line.</summary>
    public string Headings { get; }

    /// <summary>The primary path.</summary>
    public string Path { get; }

    /// <summary>The format id.</summary>
    public string Format { get; }

    /// <summary>The opening of the summary or text.</summary>
    public string Lead { get; }

    /// <summary>The catalogue generation the document was indexed at.</summary>
    public long Generation { get; }

    /// <summary>The effective year.</summary>
    public int? Year { get; }

    /// <summary>Per facet, the values in tag order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Tags { get; }

    /// <summary>Reads a hit's stored fields.</summary>
    public static StoredHit Load(Lucene.Net.Search.IndexSearcher searcher, int doc) => new(searcher.Doc(doc, Fields));
}

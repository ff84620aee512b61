using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Indexing;

namespace TemplateLibrary.Search.Searching;

/// <summary>What a result shows of a document: its identity, display fields and tags in order, read in one look-up from
/// the binary doc values the indexer wrote (<see cref="DocumentMapper.Card"/>), with no stored-field decompression.</summary>
internal sealed class HitCard
{
    private static readonly ISet<string> HeadingsOnly = new HashSet<string>([IndexFields.Headings], StringComparer.Ordinal);

    private HitCard(string[] parts)
    {
        Id = parts[0];
        Title = parts[1];
        Path = parts[2];
        Format = parts[3];
        Lead = parts[4];
        Generation = long.Parse(parts[5], CultureInfo.InvariantCulture);
        Tags = IndexFields.Facets
            .Select((facet, slot) => (facet, values: parts.Length > 6 + slot && parts[6 + slot].Length > 0 ? parts[6 + slot].Split(DocumentMapper.ValueSeparator) : []))
            .ToDictionary(p => p.facet, p => (IReadOnlyList<string>)p.values, StringComparer.Ordinal);
        var family = 6 + IndexFields.Facets.Count;
        Family = parts.Length > family ? parts[family] : Id;
        EarlierVersions = parts.Length > family + 1 ? int.Parse(parts[family + 1], CultureInfo.InvariantCulture) : 0;
        Year = Tags[FacetNames.Year].Count > 0 && int.TryParse(Tags[FacetNames.Year][0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
    }

    /// <summary>The document id.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The primary path.</summary>
    public string Path { get; }

    /// <summary>The format id.</summary>
    public string Format { get; }

    /// <summary>The opening of the summary or text.</summary>
    public string Lead { get; }

    /// <summary>The catalogue generation the document was indexed at.</summary>
    public long Generation { get; }

    /// <summary>The id of the current version of its family (its own when it is current).</summary>
    public string Family { get; }

    /// <summary>For a current version, how many earlier versions it has.</summary>
    public int EarlierVersions { get; }

    /// <summary>The effective year.</summary>
    public int? Year { get; }

    /// <summary>Per facet, the values in tag order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Tags { get; }

    /// <summary>Reads a document's card.</summary>
    public static HitCard Read(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        var bytes = new BytesRef();
        leaf.AtomicReader.GetBinaryDocValues(IndexFields.Card).Get(doc - leaf.DocBase, bytes);
        return new HitCard(bytes.Utf8ToString().Split(DocumentMapper.PartSeparator));
    }

    /// <summary>A document's headings (stored; read only when a snippet falls back to them).</summary>
    public static string Headings(IndexSearcher searcher, int doc) => searcher.Doc(doc, HeadingsOnly).Get(IndexFields.Headings) ?? string.Empty;
}

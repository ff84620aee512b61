using Lucene.Net.Documents;
using Lucene.Net.Index;
using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Search.Indexing;

/// <summary>The fields of the full-text index and how each is indexed.</summary>
/// <remarks>Every unit carries a <see cref="Kind"/>: documents today; clauses of agreements can join them as another kind
/// with the same text fields, analyzer and facets.</remarks>
internal static class IndexFields
{
    /// <summary>What kind of unit a Lucene document is.</summary>
    public const string Kind = "kind";

    /// <summary>The kind of a whole document.</summary>
    public const string DocumentKind = "document";

    /// <summary>The document id (indexed, stored, sorted).</summary>
    public const string Id = "id";

    /// <summary>The title (stemmed, stored, with term vectors).</summary>
    public const string Title = "title";

    /// <summary>The headings, one per line (stemmed, stored, with term vectors).</summary>
    public const string Headings = "headings";

    /// <summary>The text (stemmed, with term vectors; the text itself stays in the catalogue).</summary>
    public const string Body = "body";

    /// <summary>Unstemmed words of the title, headings and text, without positions: prefix search, spelling, completion.</summary>
    public const string Words = "words";

    /// <summary>Unstemmed words of the title: completing titles as someone types.</summary>
    public const string TitleWords = "title_words";

    /// <summary>The primary path (stored).</summary>
    public const string Path = "path";

    /// <summary>The format id (stored).</summary>
    public const string Format = "format";

    /// <summary>The opening of the summary or text, the snippet of a hit with no match in its text (stored).</summary>
    public const string Lead = "lead";

    /// <summary>The catalogue generation the unit was indexed at (stored): its text in the catalogue is the same while equal.</summary>
    public const string Generation = "generation";

    /// <summary>The lower-case title, for sorting by title.</summary>
    public const string TitleSort = "title_sort";

    /// <summary>The year as a number (0 when unknown), for sorting by date and year ranges.</summary>
    public const string YearNumber = "year_number";

    /// <summary>When the file was last written, in ticks, for sorting by date within a year.</summary>
    public const string Modified = "modified";

    /// <summary>The stemmed text fields a query searches, with their boosts.</summary>
    public static readonly IReadOnlyList<string> TextFields = [Title, Headings, Body];

    /// <summary>Text with term vectors and positions for highlighting, stored.</summary>
    public static readonly FieldType StoredText = Frozen(new FieldType(TextField.TYPE_STORED)
    {
        StoreTermVectors = true,
        StoreTermVectorPositions = true,
        StoreTermVectorOffsets = true,
    });

    /// <summary>Text with term vectors and positions for highlighting, not stored.</summary>
    public static readonly FieldType UnstoredText = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        StoreTermVectors = true,
        StoreTermVectorPositions = true,
        StoreTermVectorOffsets = true,
    });

    /// <summary>Words that only say which documents hold them.</summary>
    public static readonly FieldType WordList = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    /// <summary>The facets, each indexed as terms and as sorted-set doc values under its own name.</summary>
    public static IReadOnlyList<string> Facets => FacetNames.All;

    /// <summary>The stored field holding a facet's values in tag order (doc values keep them sorted).</summary>
    public static string OrderedValues(string facet) => "tags_" + facet;

    /// <summary>True for the fields whose words are stemmed.</summary>
    public static bool IsStemmed(string field) => field is not (Words or TitleWords);

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}

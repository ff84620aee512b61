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

    /// <summary>The kind of a clause of an agreement (in the clauses' own index).</summary>
    public const string ClauseKind = "clause";

    /// <summary>A clause's document id (indexed, stored): the clauses of a document are replaced together.</summary>
    public const string ClauseOf = "clause_of";

    /// <summary>A clause's anchor in its document (stored).</summary>
    public const string Anchor = "anchor";

    /// <summary>A clause's number and heading (stored).</summary>
    public const string Number = "number";

    /// <summary>A clause's page, for paged formats (stored).</summary>
    public const string Page = "page";

    /// <summary>A clause's kinds from the taxonomy's clause vocabulary (indexed and as sorted-set doc values).</summary>
    public const string ClauseKinds = "clause_kinds";

    /// <summary>An agreement's stated review date as a day number (indexed as a number), for due-for-review filters.</summary>
    public const string ReviewDay = "review_day";

    /// <summary>The document id (indexed, stored, sorted).</summary>
    public const string Id = "id";

    /// <summary>The title (stemmed, stored, offsets in the postings).</summary>
    public const string Title = "title";

    /// <summary>The headings, one per line (stemmed, stored, offsets in the postings).</summary>
    public const string Headings = "headings";

    /// <summary>The text (stemmed, offsets in the postings; the text itself stays in the catalogue).</summary>
    public const string Body = "body";

    /// <summary>Unstemmed words of the title, headings and text, without positions: prefix search, spelling, completion.</summary>
    public const string Words = "words";

    /// <summary>Unstemmed words of the title: completing titles as someone types.</summary>
    public const string TitleWords = "title_words";

    /// <summary>What a result shows of the unit (binary doc values, one look-up): see <see cref="DocumentMapper.Card"/>.</summary>
    public const string Card = "card";

    /// <summary>The lower-case title, for sorting by title.</summary>
    public const string TitleSort = "title_sort";

    /// <summary>The year as a number (0 when unknown), for sorting by date and year ranges.</summary>
    public const string YearNumber = "year_number";

    /// <summary>When the file was last written, in ticks, for sorting by date within a year.</summary>
    public const string Modified = "modified";

    /// <summary>1 for the current version of a family of versions (or a document without others), 0 for an earlier one.</summary>
    public const string Current = "current";

    /// <summary>The stemmed text fields a query searches, with their boosts.</summary>
    public static readonly IReadOnlyList<string> TextFields = [Title, Headings, Body];

    /// <summary>Text whose postings keep each word's offsets, for highlighting without term vectors; stored.</summary>
    public static readonly FieldType StoredText = Frozen(new FieldType(TextField.TYPE_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    /// <summary>Text whose postings keep each word's offsets; not stored (the catalogue keeps it).</summary>
    public static readonly FieldType UnstoredText = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
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

    /// <summary>True for the fields whose words are stemmed.</summary>
    public static bool IsStemmed(string field) => field is not (Words or TitleWords);

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}

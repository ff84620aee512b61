using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using TemplateLibrary.Search.Catalogue;

namespace TemplateLibrary.Search.Indexing;

/// <summary>Turns a catalogued document into the fields of its Lucene document.</summary>
internal static class DocumentMapper
{
    /// <summary>The separator between a facet's values on a card.</summary>
    public const char ValueSeparator = '\u001f';

    /// <summary>The separator between the parts of a card.</summary>
    public const char PartSeparator = '\u001e';

    private const int LeadLength = 240;

    /// <summary>The Lucene document of one catalogue entry.</summary>
    public static Document Map(CatalogueEntry entry)
    {
        var document = new Document
        {
            new StringField(IndexFields.Kind, IndexFields.DocumentKind, Field.Store.NO),
            new StringField(IndexFields.Id, entry.Id, Field.Store.YES),
            new SortedDocValuesField(IndexFields.Id, new BytesRef(entry.Id)),
            new BinaryDocValuesField(IndexFields.Card, new BytesRef(Card(entry))),
            new Field(IndexFields.Title, entry.Title, IndexFields.StoredText),
            new Field(IndexFields.Headings, entry.Headings, IndexFields.StoredText),
            new Field(IndexFields.Body, entry.Body, IndexFields.UnstoredText),
            new Field(IndexFields.Words, entry.Title, IndexFields.WordList),
            new Field(IndexFields.Words, entry.Headings, IndexFields.WordList),
            new Field(IndexFields.Words, entry.Body, IndexFields.WordList),
            new Field(IndexFields.TitleWords, entry.Title, IndexFields.WordList),
            new SortedDocValuesField(IndexFields.TitleSort, new BytesRef(entry.Title.ToLowerInvariant())),
            new NumericDocValuesField(IndexFields.YearNumber, entry.Year ?? 0),
            new NumericDocValuesField(IndexFields.Modified, Ticks(entry.FileModified)),
            new NumericDocValuesField(IndexFields.Current, entry.IsCurrent ? 1 : 0),
        };
        if (entry.ReviewDate is { } review)
        {
            document.Add(new Int32Field(IndexFields.ReviewDay, review.DayNumber, Field.Store.NO));
        }

        AddFacets(document, entry);
        return document;
    }

    /// <summary>Adds a document's facet values, as terms and sorted-set doc values, to a unit of the index.</summary>
    public static void AddFacets(Document document, CatalogueEntry entry)
    {
        foreach (var facet in IndexFields.Facets)
        {
            if (!entry.Tags.TryGetValue(facet, out var values) || values.Count == 0)
            {
                continue;
            }

            foreach (var value in values.Distinct(StringComparer.Ordinal))
            {
                document.Add(new StringField(facet, value, Field.Store.NO));
                document.Add(new SortedSetDocValuesField(facet, new BytesRef(value)));
            }
        }
    }

    /// <summary>What a result shows: id, title, path, format, lead, generation, each facet's values in tag order, then the
    /// family (current version's id) and the number of earlier versions.</summary>
    public static string Card(CatalogueEntry entry)
    {
        var parts = new List<string>
        {
            entry.Id, Clean(entry.Title), Clean(entry.Path), Clean(entry.Format), Clean(Lead(entry.Summary ?? entry.Body)),
            entry.Generation.ToString(CultureInfo.InvariantCulture),
        };
        parts.AddRange(IndexFields.Facets.Select(f => entry.Tags.TryGetValue(f, out var values) ? string.Join(ValueSeparator, values.Select(Clean)) : string.Empty));
        parts.Add(entry.Family);
        parts.Add(entry.EarlierVersions.ToString(CultureInfo.InvariantCulture));
        return string.Join(PartSeparator, parts);
    }

    // The separators cannot occur inside a part.
    private static string Clean(string text) =>
        text.Contains(PartSeparator, StringComparison.Ordinal) || text.Contains(ValueSeparator, StringComparison.Ordinal)
            ? text.Replace(PartSeparator, ' ').Replace(ValueSeparator, ' ')
            : text;

    /// <summary>The opening of a text on one line, cut at a word, at most about <see cref="LeadLength"/> characters.</summary>
    public static string Lead(string text)
    {
        var clean = string.Join(' ', text.AsSpan(0, Math.Min(text.Length, LeadLength * 2)).ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length <= LeadLength)
        {
            return clean;
        }

        var cut = clean.LastIndexOf(' ', LeadLength);
        return clean[..(cut > LeadLength / 2 ? cut : LeadLength)] + "…";
    }

    private static long Ticks(string roundTrip) =>
        DateTimeOffset.TryParse(roundTrip, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time) ? time.UtcTicks : 0;
}

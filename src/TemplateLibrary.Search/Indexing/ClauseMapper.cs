using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using TemplateLibrary.Core.Clauses;
using TemplateLibrary.Search.Catalogue;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Indexing;

/// <summary>Turns a unit clause of a catalogued agreement into the fields of its Lucene document: the same text fields and
/// facets as a document, so one query and one filter serve both.</summary>
internal static class ClauseMapper
{
    /// <summary>The Lucene document of one clause.</summary>
    public static Document Map(CatalogueEntry entry, Clause clause)
    {
        var heading = ClauseId.Caption(clause.Number, clause.Heading);
        var document = new Document
        {
            new StringField(IndexFields.Kind, IndexFields.ClauseKind, Field.Store.NO),
            new StringField(IndexFields.Id, ClauseId.Of(entry.Id, clause.Anchor), Field.Store.YES),
            new StringField(IndexFields.ClauseOf, entry.Id, Field.Store.YES),
            new StoredField(IndexFields.Anchor, clause.Anchor),
            new StoredField(IndexFields.Number, clause.Number ?? string.Empty),
            new StoredField(IndexFields.Page, clause.Page?.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
            // The clause's caption ranks as a title does; the document's title as headings do.
            new Field(IndexFields.Title, heading, IndexFields.StoredText),
            new Field(IndexFields.Headings, entry.Title, IndexFields.StoredText),
            new Field(IndexFields.Body, clause.Text, IndexFields.StoredText),
            new Field(IndexFields.Words, heading, IndexFields.WordList),
            new Field(IndexFields.Words, clause.Text, IndexFields.WordList),
            new NumericDocValuesField(IndexFields.YearNumber, entry.Year ?? 0),
        };
        foreach (var kind in clause.Kinds.Select(k => k.Id).Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(IndexFields.ClauseKinds, kind, Field.Store.YES));
            document.Add(new SortedSetDocValuesField(IndexFields.ClauseKinds, new BytesRef(kind)));
        }

        if (entry.ReviewDate is { } review)
        {
            document.Add(new Int32Field(IndexFields.ReviewDay, review.DayNumber, Field.Store.NO));
        }

        DocumentMapper.AddFacets(document, entry);
        return document;
    }
}

using System.Text.RegularExpressions;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Web.Library;

/// <summary>The library read from the SQLite index, with taxonomy labels.</summary>
internal sealed partial class IndexLibrary(LibraryIndex index, Taxonomy taxonomy) : ILibrary
{
    /// <inheritdoc />
    public LibrarySearchResult Search(LibrarySearchQuery query)
    {
        var response = index.Search(new SearchRequest
        {
            Query = query.Query,
            Filters = query.Filters,
            YearFrom = query.YearFrom,
            YearTo = query.YearTo,
            Sort = query.Sort switch
            {
                LibrarySort.Date => SearchSort.Date,
                LibrarySort.Title => SearchSort.Title,
                _ => SearchSort.Relevance,
            },
            Limit = query.Limit,
            Offset = query.Offset,
        });
        return new LibrarySearchResult
        {
            Total = response.Total,
            Hits = [.. response.Results.Select(ToHit)],
            Facets = response.Facets.ToDictionary(
                f => f.Key,
                f => (IReadOnlyList<LibraryFacetCount>)[.. f.Value.Select(ToCount)],
                StringComparer.Ordinal),
            Suggestion = response.Suggestion,
        };
    }

    /// <inheritdoc />
    public LibraryDocument? GetDocument(string id)
    {
        var stored = index.GetDocument(id);
        if (stored is null)
        {
            return null;
        }

        return new LibraryDocument
        {
            Id = stored.Id,
            Title = stored.Title,
            Format = stored.Format,
            Paths = stored.Paths.Count > 0 ? stored.Paths : [stored.Path],
            SizeBytes = stored.SizeBytes,
            WordCount = stored.WordCount,
            PageCount = stored.PageCount,
            Summary = stored.Summary,
            Author = stored.Metadata.Author,
            Tags = [.. stored.Tags.Select(ToTag)],
            EffectiveTags = [.. stored.EffectiveTags.Select(ToTag)],
            Headings = [.. stored.Headings.Select(h => new LibraryHeading(h.Level, h.Text))],
            Text = stored.Text,
        };
    }

    /// <inheritdoc />
    public IReadOnlyList<LibrarySimilar> FindSimilar(string id, int limit)
    {
        try
        {
            return [.. index.FindSimilar(id, limit).Select(s => new LibrarySimilar(s.Id, s.Title, null, null, s.Score))];
        }
        catch (DocumentNotFoundException)
        {
            return [];
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Suggest(string prefix, int limit) => index.Suggest(prefix, limit);

    /// <inheritdoc />
    public LibraryMatrix GetMatrix(string rowFacet, string columnFacet)
    {
        var matrix = index.GetMatrix(rowFacet, columnFacet);
        return new LibraryMatrix(
            matrix.RowFacet,
            matrix.ColumnFacet,
            [.. matrix.Rows.Select(ToCount)],
            [.. matrix.Columns.Select(ToCount)],
            matrix.Cells.ToDictionary(c => (c.Row, c.Column), c => c.Count));
    }

    /// <inheritdoc />
    public int CountDocuments() => index.Search(new SearchRequest { Limit = 1 }).Total;

    /// <inheritdoc />
    public string Label(string facet, string value) => taxonomy.LabelFor(facet, value) ?? value;

    private static LibraryFacetCount ToCount(FacetCount count) => new(count.Value, count.Label, count.Count);

    private LibraryTag ToTag(Tag tag) =>
        new(tag.Facet, tag.Value, Label(tag.Facet, tag.Value), tag.Source.ToString(), tag.Confidence, tag.Evidence);

    private static LibraryHit ToHit(SearchHit hit) => new()
    {
        Id = hit.Id,
        Title = hit.Title,
        Path = hit.Path,
        Format = hit.Format,
        Score = Math.Round(hit.Score, 4),
        Snippet = [.. hit.Snippet.Segments.Select(s => new TextSegment(Whitespace().Replace(s.Text, " "), s.IsMatch))],
        Category = hit.Category,
        Model = hit.Model,
        Type = hit.Type,
        Powers = hit.Powers,
        Councils = hit.Councils,
        Year = hit.Year,
    };

    // Snippets cross block boundaries; one line reads better than encoded line breaks.
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

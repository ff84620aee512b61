using System.Globalization;
using System.Text.RegularExpressions;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Ingestion.Manifest;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Library;

namespace TemplateLibrary.Web.Tests.Support;

/// <summary>An in-memory library over a folder with a manifest: a stand-in until the search index is available.</summary>
internal sealed partial class FakeLibrary : ILibrary, ILibraryIngestor
{
    private readonly List<LibraryDocument> _documents = [];
    private readonly Lock _lock = new();

    public static FakeLibrary FromFolder(string folder)
    {
        var library = new FakeLibrary();
        var manifestPath = Path.Combine(folder, "manifest.csv");
        library.Ingest([folder], manifestPath, CancellationToken.None);
        return library;
    }

    public IngestOutcome Ingest(IReadOnlyList<string> paths, string? manifestPath, CancellationToken cancellationToken)
    {
        var manifest = manifestPath is null ? null : ManifestReader.Read(manifestPath, OpenVocabulary.Instance);
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p).Where(f => !f.EndsWith(".csv", StringComparison.Ordinal)) : [p]).Order(StringComparer.Ordinal);
        var results = new List<IngestFileResult>();
        lock (_lock)
        {
            foreach (var file in files)
            {
                var full = Path.GetFullPath(file);
                var entry = manifest?.Find(full);
                var raw = File.ReadAllText(full);
                var text = Path.GetExtension(full) == ".html" ? TagPattern().Replace(raw, " ") : raw;
                var id = "doc" + (_documents.Count + 1).ToString(CultureInfo.InvariantCulture);
                var tags = (entry?.Facets ?? new Dictionary<string, IReadOnlyList<string>>())
                    .SelectMany(f => f.Value.Select(v => new LibraryTag(f.Key, v, Label(f.Key, v), "Manifest", 1.0, null)))
                    .Append(new LibraryTag(FacetNames.Category, "corporate-back-office", Label(FacetNames.Category, "corporate-back-office"), "Auto", 0.4, "cue \"council\" in body"))
                    .ToList();
                var headings = raw.Split('\n').Where(l => l.StartsWith('#')).Select(l => new LibraryHeading(l.TakeWhile(c => c == '#').Count(), l.TrimStart('#', ' ').Trim())).ToList();
                _documents.Add(new LibraryDocument
                {
                    Id = id,
                    Title = entry?.Title ?? Path.GetFileNameWithoutExtension(full),
                    Summary = entry?.Summary,
                    Format = Path.GetExtension(full).TrimStart('.'),
                    Paths = [full],
                    SizeBytes = new FileInfo(full).Length,
                    WordCount = text.Split(' ').Length,
                    Tags = tags,
                    Headings = headings,
                    Text = text,
                });
                results.Add(new IngestFileResult(full, "added", id));
            }
        }

        return new IngestOutcome(results);
    }

    public LibrarySearchResult Search(LibrarySearchQuery query)
    {
        var terms = QueryTerms.Parse(query.Query);
        if (query.Query.Length > 0 && terms.Count == 0)
        {
            throw new SearchQueryException("a query needs at least one word to look for, not only exclusions");
        }

        List<LibraryDocument> documents;
        lock (_lock)
        {
            documents = [.. _documents];
        }

        var textMatches = documents.Where(d => terms.All(t => (d.Title + " " + d.Text).Contains(t, StringComparison.OrdinalIgnoreCase))).ToList();
        var hits = textMatches.Where(d => PassesFilters(d, query, null)).ToList();
        hits = query.Sort switch
        {
            LibrarySort.Title => [.. hits.OrderBy(d => d.Title, StringComparer.OrdinalIgnoreCase)],
            LibrarySort.Date => [.. hits.OrderByDescending(YearOf)],
            _ => hits,
        };
        var facets = FacetNames.All.ToDictionary(
            f => f,
            f => (IReadOnlyList<LibraryFacetCount>)[.. textMatches.Where(d => PassesFilters(d, query, f))
                .SelectMany(d => Values(d, f).Distinct())
                .GroupBy(v => v)
                .Select(g => new LibraryFacetCount(g.Key, Label(f, g.Key), g.Count()))
                .OrderByDescending(c => c.Count)],
            StringComparer.Ordinal);
        return new LibrarySearchResult
        {
            Total = hits.Count,
            Hits = [.. hits.Skip(query.Offset).Take(query.Limit).Select(d => ToHit(d, terms))],
            Facets = facets,
            Suggestion = hits.Count == 0 && query.Query.Contains("legl", StringComparison.Ordinal) ? "legal" : null,
        };
    }

    public LibraryDocument? GetDocument(string id)
    {
        lock (_lock)
        {
            return _documents.Find(d => d.Id == id);
        }
    }

    public IReadOnlyList<LibrarySimilar> FindSimilar(string id, int limit)
    {
        var document = GetDocument(id);
        if (document is null)
        {
            return [];
        }

        lock (_lock)
        {
            return [.. _documents.Where(d => d.Id != id)
                .Select(d => (d, Shared: d.Tags.Count(t => document.Tags.Any(o => o.Facet == t.Facet && o.Value == t.Value && t.Source == "Manifest"))))
                .Where(x => x.Shared > 0)
                .OrderByDescending(x => x.Shared)
                .Take(limit)
                .Select(x => new LibrarySimilar(x.d.Id, x.d.Title, Values(x.d, FacetNames.Type).FirstOrDefault(), Values(x.d, FacetNames.Category).FirstOrDefault(), x.Shared))];
        }
    }

    public IReadOnlyList<string> Suggest(string prefix, int limit)
    {
        lock (_lock)
        {
            return [.. _documents.SelectMany(d => QueryTerms.Word().Matches(d.Text).Select(m => m.Value.ToLowerInvariant()))
                .Where(w => w.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Distinct()
                .Order(StringComparer.Ordinal)
                .Take(limit)];
        }
    }

    public LibraryMatrix GetMatrix(string rowFacet, string columnFacet)
    {
        var all = Search(new LibrarySearchQuery { Limit = 1000 });
        var counts = new Dictionary<(string, string), int>();
        lock (_lock)
        {
            foreach (var d in _documents)
            {
                foreach (var row in Values(d, rowFacet).Distinct())
                {
                    foreach (var column in Values(d, columnFacet).Distinct())
                    {
                        counts[(row, column)] = counts.GetValueOrDefault((row, column)) + 1;
                    }
                }
            }
        }

        return new LibraryMatrix(rowFacet, columnFacet, all.Facets[rowFacet], all.Facets[columnFacet], counts);
    }

    public int CountDocuments()
    {
        lock (_lock)
        {
            return _documents.Count;
        }
    }

    public string Label(string facet, string value) => (facet, value) switch
    {
        (FacetNames.Category, "legal") => "Legal",
        (FacetNames.Category, "ict-digital") => "ICT & Digital",
        (FacetNames.Model, "lead-authority") => "Lead authority / delegation",
        (FacetNames.Model, "joint-committee") => "Joint committee",
        (FacetNames.Type, "mou") => "MOU / heads of terms",
        (FacetNames.Power, "lga1972-s101") => "s101 LGA 1972",
        _ => value,
    };

    private static IEnumerable<string> Values(LibraryDocument document, string facet) =>
        document.Tags.Where(t => t.Facet == facet && t.Source == "Manifest").Select(t => t.Value);

    private static int YearOf(LibraryDocument document) =>
        int.TryParse(Values(document, FacetNames.Year).FirstOrDefault(), CultureInfo.InvariantCulture, out var year) ? year : 0;

    private static bool PassesFilters(LibraryDocument document, LibrarySearchQuery query, string? except)
    {
        foreach (var (facet, values) in query.Filters)
        {
            if (facet != except && values.Count > 0 && !Values(document, facet).Any(values.Contains))
            {
                return false;
            }
        }

        var year = YearOf(document);
        return (query.YearFrom is null || year >= query.YearFrom) && (query.YearTo is null || year <= query.YearTo);
    }

    private static LibraryHit ToHit(LibraryDocument document, IReadOnlyList<string> terms)
    {
        var first = terms.Count == 0 ? 0 : Math.Max(0, document.Text.IndexOf(terms[0], StringComparison.OrdinalIgnoreCase) - 60);
        var window = document.Text.Substring(first, Math.Min(200, document.Text.Length - first));
        return new LibraryHit
        {
            Id = document.Id,
            Title = document.Title,
            Path = document.Paths[0],
            Format = document.Format,
            Score = terms.Count,
            Snippet = TextMarker.Mark(window, terms),
            Category = Values(document, FacetNames.Category).FirstOrDefault(),
            Model = Values(document, FacetNames.Model).FirstOrDefault(),
            Type = Values(document, FacetNames.Type).FirstOrDefault(),
            Powers = [.. Values(document, FacetNames.Power)],
            Councils = [.. Values(document, FacetNames.Council)],
            Year = YearOf(document) is var y and > 0 ? y : null,
        };
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagPattern();
}

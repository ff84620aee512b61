using TemplateLibrary.Core.Duplicates;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Indexing;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search.Analysis;
using TemplateLibrary.Search.Catalogue;
using TemplateLibrary.Search.Facets;
using TemplateLibrary.Search.Indexing;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Querying;
using TemplateLibrary.Search.Searching;
using TemplateLibrary.Search.Versions;

namespace TemplateLibrary.Search;

/// <summary>The library's index: the SQLite catalogue (the source of truth) and the Lucene full-text index derived from
/// it, in one folder.</summary>
/// <remarks>Thread-safe. Writes go to the catalogue in one transaction; the full-text index then catches up (in this
/// process when it holds the index's writer lease, otherwise in the process that does). See <see cref="TextIndex"/>.</remarks>
public sealed class LibraryIndex : IDocumentIndex, INearDuplicateFinder, IDisposable
{
    /// <summary>The catalogue's file name inside the index folder.</summary>
    public const string DatabaseFileName = CatalogueStore.FileName;

    private readonly CatalogueStore catalogue;
    private readonly TextIndex text;
    private readonly TextIndex clauses;
    private readonly SearchTables tables;
    private readonly SearchEngine engine;
    private readonly ClauseSearchEngine clauseEngine;
    private readonly LibraryIndexOptions options;
    private readonly Timer? follower;

    private LibraryIndex(string directory, LibraryIndexOptions options, CatalogueStore catalogue, TextIndex text, TextIndex clauses, SearchTables tables)
    {
        Directory = directory;
        this.options = options;
        this.catalogue = catalogue;
        this.text = text;
        this.clauses = clauses;
        this.tables = tables;
        engine = new SearchEngine(text, catalogue, tables, options.SlicedFrom, Today);
        clauseEngine = new ClauseSearchEngine(clauses, tables, Today);
        if (options.FollowInterval is { } interval)
        {
            follower = new Timer(_ => Follow(), null, interval, interval);
        }
    }

    /// <summary>The index folder.</summary>
    public string Directory { get; }

    /// <summary>The catalogue's database file.</summary>
    public string DatabasePath => catalogue.DatabasePath;

    /// <summary>True when Open found a catalogue of another schema version it could not upgrade and dropped it: re-ingest the library.</summary>
    public bool WasRebuilt => catalogue.WasRebuilt;

    /// <summary>The last error the background follower met, or null (it tries again at the next interval).</summary>
    public Exception? FollowError { get; private set; }

    /// <summary>True when the folder holds an index (a catalogue), without creating anything.</summary>
    public static bool Exists(string directory) =>
        File.Exists(Path.Combine(Path.GetFullPath(directory), CatalogueStore.FileName));

    /// <summary>Opens the index in the folder, creating the folder and an empty index when missing.</summary>
    public static LibraryIndex Open(string directory, LibraryIndexOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        options ??= new LibraryIndexOptions();
        var fullPath = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(fullPath);
        var taxonomy = options.Taxonomy ?? Taxonomy.LoadDefault();
        var catalogue = CatalogueStore.Open(fullPath, options.BusyTimeout);
        TextIndex? text = null;
        TextIndex? clauses = null;
        var analyzer = new LibraryAnalyzer(new CitationPattern(taxonomy.Search.Citations));
        try
        {
            var tables = new SearchTables(taxonomy, analyzer, options.Ranking);
            var similarity = new LibrarySimilarity(options.Ranking);
            text = new TextIndex(fullPath, catalogue, analyzer, similarity, new DocumentFeed());
            clauses = new TextIndex(fullPath, catalogue, analyzer, similarity, new ClauseFeed());
            text.Sync(commit: true);
            clauses.Sync(commit: true);
            return new LibraryIndex(fullPath, options, catalogue, text, clauses, tables);
        }
        catch
        {
            clauses?.Dispose();
            text?.Dispose();
            analyzer.Dispose();
            catalogue.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, IndexedFile> GetFiles() => catalogue.Read((connection, transaction) =>
    {
        using var command = SqlCommands.Create(connection, transaction, "SELECT f.path, d.id, f.hash, f.size_bytes FROM files f JOIN documents d ON d.rowid = f.doc");
        using var reader = command.ExecuteReader();
        var files = new Dictionary<string, IndexedFile>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var file = new IndexedFile(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3));
            files[file.Path] = file;
        }

        return (IReadOnlyDictionary<string, IndexedFile>)files;
    });

    /// <inheritdoc />
    public string? FindDocumentIdByHash(string hash) => catalogue.Read((connection, transaction) =>
    {
        using var command = SqlCommands.Create(connection, transaction, "SELECT id FROM documents WHERE hash = $hash ORDER BY rowid LIMIT 1", "$hash");
        command.Set("$hash", hash);
        return command.ExecuteScalar() as string;
    });

    /// <inheritdoc />
    public void Apply(IndexChangeSet changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.IsEmpty)
        {
            return; // Nothing to write: the catalogue and its generation stay untouched.
        }

        catalogue.Write((connection, transaction, generation) =>
        {
            using var writer = new ChangeSetWriter(connection, transaction, generation);
            writer.Apply(changes, options.Clock());
            return true;
        });
        SyncText();
    }

    /// <summary>Searches: text query, facet filters, sort and page, with multi-select facet counts.</summary>
    /// <exception cref="SearchQueryException">The query or a filter is invalid (one-line reason).</exception>
    public SearchResponse Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return engine.Search(request);
    }

    /// <summary>Every document the request finds (not a page of them), in its order, each with its summary: what an
    /// export writes. With no query nor filter and <see cref="SearchRequest.AllVersions"/>, the whole library.</summary>
    /// <exception cref="SearchQueryException">The query or a filter is invalid (one-line reason).</exception>
    public IReadOnlyList<SearchHit> SearchAll(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var hits = engine.SearchAll(request);
        var summaries = catalogue.Read(SummaryReader.Read);
        return [.. hits.Select(h => h with { Summary = summaries.GetValueOrDefault(h.Id) })];
    }

    /// <summary>Searches the clauses of agreements: the document search's query and filters, plus clause kinds.</summary>
    /// <exception cref="SearchQueryException">The query, a filter or a kind is invalid (one-line reason).</exception>
    public ClauseSearchResponse SearchClauses(ClauseSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return clauseEngine.Search(request);
    }

    /// <summary>Clauses by their ids ("{documentId}#{anchor}"), in the order asked, each with its document's title; ids
    /// of no clause are left out.</summary>
    public IReadOnlyList<DocumentClause> GetClauses(IEnumerable<string> ids) => catalogue.Read((connection, transaction) =>
    {
        var found = new List<DocumentClause>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (ClauseId.TryParse(id, out var documentId, out var anchor)
                && AgreementRows.ReadClause(connection, transaction, documentId, anchor) is { } read)
            {
                found.Add(read);
            }
        }

        return (IReadOnlyList<DocumentClause>)found;
    });

    /// <summary>Agreements whose review falls due within <paramref name="months"/> months of today, overdue ones first,
    /// soonest first.</summary>
    public IReadOnlyList<ReviewDue> ListDueForReview(int months)
    {
        var today = Today();
        var until = today.AddMonths(Math.Max(0, months));
        var rows = catalogue.Read((connection, transaction) => AgreementRows.ReadReviewed(connection, transaction));
        return [.. rows
            .Select(r => ReviewDue.Of(r.Id, r.Title, r.Facts.Review!, today))
            .Where(r => r.Due < until)
            .OrderBy(r => r.Due)
            .ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Everything stored about a document, or null when the id is unknown.</summary>
    public StoredDocument? GetDocument(string id) => catalogue.Read((connection, transaction) => DocumentReader.Read(connection, transaction, id));

    /// <summary>A document with its tag labels, similar documents, near-duplicates and versions, or null when the id is unknown.</summary>
    public DocumentDetails? GetDetails(string id, int similar = 6)
    {
        var document = GetDocument(id);
        if (document is null)
        {
            return null;
        }

        IReadOnlyList<SimilarDocument> alike;
        try
        {
            alike = FindSimilar(id, similar);
        }
        catch (DocumentNotFoundException)
        {
            alike = []; // Catalogued but not yet in the full-text index: it catches up within seconds.
        }

        return new DocumentDetails
        {
            Document = document,
            Labels = document.Tags
                .Select(t => (Key: t.Facet + ":" + t.Value, Label: tables.Labeler.Label(t.Facet, t.Value)))
                .DistinctBy(t => t.Key, StringComparer.Ordinal)
                .ToDictionary(t => t.Key, t => t.Label, StringComparer.Ordinal),
            Similar = alike,
            NearDuplicates = FindNearDuplicates(id),
            Versions = catalogue.Read((connection, transaction) => FamilyReader.Read(connection, transaction, id)),
        };
    }

    /// <summary>The start of a document's text (at most <paramref name="maxChars"/>) with every match of the query marked.</summary>
    public HighlightedText HighlightDocument(string id, string? query, int maxChars) => engine.HighlightDocument(id, query, maxChars);

    /// <summary>Counts and sizes of the index.</summary>
    public IndexStats GetStats() => catalogue.Read((connection, transaction) => StatsReader.Read(connection, transaction, DatabasePath, text.SizeBytes, tables.Labeler));

    /// <summary>Removes a document with all its paths and tags; false when the id is unknown.</summary>
    public bool RemoveDocument(string id)
    {
        var removed = catalogue.Write((connection, transaction, generation) =>
        {
            using var command = SqlCommands.Create(connection, transaction, "DELETE FROM documents WHERE id = $id RETURNING family", "$id");
            command.Set("$id", id);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return false;
            }

            var family = reader.IsDBNull(0) ? null : reader.GetString(0);
            reader.Close();
            FamilyWriter.Recompute(connection, transaction, generation, [], family is null ? [] : [family]);
            return true;
        });
        SyncText();
        return removed;
    }

    /// <summary>Replaces a facet's librarian tags (they outrank every other source and survive re-ingestion); an empty list removes them.</summary>
    /// <exception cref="DocumentNotFoundException">No document has the id.</exception>
    /// <exception cref="ArgumentException">The facet is unknown or a year is not four digits.</exception>
    public void SetLibrarianTags(string id, string facet, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!FacetNames.All.Contains(facet))
        {
            throw new ArgumentException($"unknown facet '{facet}': use {string.Join(", ", FacetNames.All)}", nameof(facet));
        }

        var clean = values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (facet == FacetNames.Year && clean.Any(v => v.Length != 4 || !v.All(char.IsAsciiDigit)))
        {
            throw new ArgumentException("a year must be four digits", nameof(values));
        }

        catalogue.Write((connection, transaction, generation) =>
        {
            using var find = SqlCommands.Create(connection, transaction, "SELECT rowid FROM documents WHERE id = $id", "$id");
            find.Set("$id", id);
            if (find.ExecuteScalar() is not long doc)
            {
                throw new DocumentNotFoundException(id);
            }

            using var tags = new TagWriter(connection, transaction, generation);
            tags.ReplaceFacet(doc, facet, TagSource.Librarian, clean);
            return true;
        });
        SyncText();
    }

    /// <summary>Documents whose category, model or type is missing or only guessed below a confidence, the newest ingested first.</summary>
    public IReadOnlyList<ReviewItem> ListUncertain(double below) =>
        catalogue.Read((connection, transaction) => ReviewReader.Read(connection, transaction, below));

    /// <summary>Documents resembling one document: MoreLikeThis over its distinctive terms, plus shared tags.</summary>
    /// <exception cref="DocumentNotFoundException">No document has the id (in the full-text index).</exception>
    public IReadOnlyList<SimilarDocument> FindSimilar(string id, int limit)
    {
        using var lease = text.Acquire();
        return SimilarFinder.Find(lease.Searcher, tables.Analyzer, catalogue, id, Math.Clamp(limit, 1, 100));
    }

    /// <inheritdoc />
    public IReadOnlyList<NearDuplicate> FindNearDuplicates(string documentId, double threshold = NearDuplicateThreshold.Default) =>
        catalogue.Read((connection, transaction) => NearDuplicateReader.Find(connection, transaction, documentId, threshold));

    /// <summary>Completions for search-as-you-type: matching titles, then words of the index.</summary>
    public IReadOnlyList<string> Suggest(string prefix, int limit)
    {
        using var lease = text.Acquire();
        return Completer.Complete(lease.Searcher, tables.Analyzer, prefix ?? string.Empty, Math.Clamp(limit, 1, 50));
    }

    /// <summary>Document counts for every pair of values of two facets, such as category × model.</summary>
    /// <exception cref="ArgumentException">A facet is unknown.</exception>
    public FacetMatrix GetMatrix(string rowFacet, string columnFacet)
    {
        using var lease = text.Acquire();
        return MatrixBuilder.Build(lease.Searcher, rowFacet, columnFacet, tables.Labeler);
    }

    /// <summary>Brings searches up to the catalogue now, committing the full-text index when this process writes it;
    /// a process that does not write it moves to the newest commit of the one that does.</summary>
    public void Refresh()
    {
        text.Sync(commit: true);
        clauses.Sync(commit: true);
    }

    /// <summary>Commits the full-text index and releases the files.</summary>
    public void Dispose()
    {
        follower?.Dispose();
        text.Dispose();
        clauses.Dispose();
        tables.Analyzer.Dispose();
        catalogue.Dispose();
    }

    private DateOnly Today() => DateOnly.FromDateTime(options.Clock().UtcDateTime);

    private void SyncText()
    {
        text.Sync();
        clauses.Sync();
    }

    private void Follow()
    {
        try
        {
            text.TrySync();
            clauses.TrySync();
            FollowError = null;
        }
        catch (Exception error) when (error is IOException or ObjectDisposedException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            FollowError = error;
        }
    }
}

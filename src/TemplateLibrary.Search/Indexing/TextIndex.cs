using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using TemplateLibrary.Search.Analysis;
using TemplateLibrary.Search.Catalogue;

namespace TemplateLibrary.Search.Indexing;

/// <summary>The Lucene index under the index folder: derived from the catalogue, disposable, and kept in step with it.</summary>
/// <remarks>
/// One process at a time writes it: whoever holds the <see cref="WriterLease"/>. The writer catches up from the catalogue
/// generation its last commit was stamped with (or rebuilds everything when the stamp is of another schema or catalogue)
/// and commits at most once a second; a process that cannot take the lease (a CLI ingest beside a running server) only
/// writes the catalogue, and searches the last commit, which the writer brings up to date within a second or two.
/// A crash loses nothing: the catalogue is the truth and the next writer catches up from the last commit's stamp.
/// </remarks>
internal sealed class TextIndex : IDisposable
{
    /// <summary>The version of the index layout; a change rebuilds every index.</summary>
    public const int SchemaVersion = 5;

    private const int CatchUpBatch = 250;

    // Up to this size the index is merged into one segment after each change (a fraction of a second's work).
    private const long SmallIndexBytes = 16L << 20;
    private static readonly TimeSpan CommitEvery = TimeSpan.FromSeconds(1);

    private readonly CatalogueStore catalogue;
    private readonly LibraryAnalyzer analyzer;
    private readonly IIndexFeed feed;
    private readonly Similarity similarity;
    private readonly FSDirectory directory;
    private readonly string leasePath;
    private readonly string schema;
    private readonly SearcherFactory factory;
    private readonly IndexSearcher empty;
    private readonly System.Threading.Lock gate = new();
    private volatile ReferenceManager<IndexSearcher>? manager;
    private WriterLease? lease;
    private IndexWriter? writer;
    private bool managerIsLive;
    private long indexed = long.MinValue;
    private bool dirty;
    private long lastCommit = Stopwatch.GetTimestamp();
    private bool disposed;

    /// <summary>Opens the feed's folder under the index folder (nothing is read or written until the first <see cref="Sync"/>);
    /// the analyzer stays the caller's to dispose.</summary>
    public TextIndex(string indexDirectory, CatalogueStore catalogue, LibraryAnalyzer analyzer, Similarity similarity, IIndexFeed feed)
    {
        this.catalogue = catalogue;
        this.analyzer = analyzer;
        this.similarity = similarity;
        this.feed = feed;
        DirectoryPath = Path.Combine(indexDirectory, feed.FolderName);
        directory = FSDirectory.Open(DirectoryPath);
        leasePath = Path.Combine(indexDirectory, feed.LeaseFileName);
        schema = $"{SchemaVersion}|{analyzer.Fingerprint}";
        factory = new RankingSearcherFactory(similarity);
        empty = factory.NewSearcher(new MultiReader());
    }

    /// <summary>The folder of the Lucene files.</summary>
    public string DirectoryPath { get; }

    /// <summary>True while this process writes the index.</summary>
    public bool IsWriter
    {
        get
        {
            lock (gate)
            {
                return writer is not null;
            }
        }
    }

    /// <summary>The size of the index files in bytes.</summary>
    public long SizeBytes => System.IO.Directory.Exists(DirectoryPath)
        ? System.IO.Directory.EnumerateFiles(DirectoryPath).Sum(f => new FileInfo(f).Length)
        : 0;

    /// <summary>Brings the searchable state up to the catalogue: catches up and commits when this process writes (or can
    /// start writing), otherwise moves to the newest commit another writer made.</summary>
    /// <param name="commit">Commit now rather than at most once a second.</param>
    public void Sync(bool commit = false)
    {
        lock (gate)
        {
            SyncLocked(commit);
        }
    }

    /// <summary>As <see cref="Sync"/>, but returns at once when another sync is running.</summary>
    public void TrySync()
    {
        if (!gate.TryEnter())
        {
            return;
        }

        try
        {
            SyncLocked(commit: false);
        }
        finally
        {
            gate.Exit();
        }
    }

    /// <summary>Borrows the current searcher (an empty one when there is no index yet).</summary>
    public SearcherLease Acquire()
    {
        while (true)
        {
            var current = manager;
            if (current is null)
            {
                return new SearcherLease(empty, null);
            }

            try
            {
                return new SearcherLease(current.Acquire(), current);
            }
            catch (ObjectDisposedException) when (!ReferenceEquals(current, manager))
            {
                // Replaced while we took it: take the new one.
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            if (writer is not null)
            {
                if (dirty)
                {
                    Commit();
                }

                writer.Dispose();
                lease?.Dispose();
            }

            manager?.Dispose();
            manager = null;
            directory.Dispose();
        }
    }

    private void SyncLocked(bool commit)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (writer is null)
        {
            var catalogueGeneration = catalogue.Generation();
            var stamp = RefreshFollower();
            if (stamp is not null && stamp.Generation == catalogueGeneration && stamp.Serves(schema, catalogue.Id, catalogueGeneration))
            {
                return;
            }

            if (!TryBecomeWriter(catalogueGeneration))
            {
                return;
            }
        }

        CatchUp();
        if (dirty && (commit || Stopwatch.GetElapsedTime(lastCommit) >= CommitEvery))
        {
            Commit();
        }
    }

    private void CatchUp()
    {
        var writing = writer!;
        var rebuilding = indexed == long.MinValue;
        var changed = catalogue.Read((connection, transaction) =>
        {
            var generation = CatalogueStore.Generation(connection, transaction);
            if (generation == indexed)
            {
                return false;
            }

            if (!rebuilding)
            {
                foreach (var id in CatalogueFeed.ReadRemoved(connection, transaction, indexed))
                {
                    feed.Remove(writing, id);
                }
            }

            CatalogueFeed.ReadChanged(connection, transaction, indexed, CatchUpBatch, batch => feed.Index(writing, connection, transaction, batch, rebuilding));
            indexed = generation;
            return true;
        });
        if (!changed && managerIsLive)
        {
            return;
        }

        dirty |= changed;
        if (changed && SizeBytes < SmallIndexBytes)
        {
            // A search seeks each of its terms once per segment, and an ingest that commits every second leaves a small
            // library in as many tiny segments, which the merge policy leaves alone until there are ten of them.
            writing.ForceMerge(1);
        }

        if (managerIsLive)
        {
            manager!.MaybeRefreshBlocking();
        }
        else
        {
            // Searches keep the last commit until the catch-up is done, then see the writer's state.
            Replace(new SearcherManager(writing, applyAllDeletes: true, factory), live: true);
        }
    }

    private void Commit()
    {
        writer!.SetCommitData(new IndexStamp(schema, catalogue.Id, indexed).ToCommitData());
        writer.Commit();
        dirty = false;
        lastCommit = Stopwatch.GetTimestamp();
    }

    private bool TryBecomeWriter(long catalogueGeneration)
    {
        var taken = WriterLease.TryTake(leasePath);
        if (taken is null)
        {
            return false;
        }

        try
        {
            var config = new IndexWriterConfig(LibraryAnalyzer.Version, analyzer)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                Similarity = similarity,
                RAMBufferSizeMB = 48,
            };
            var opened = new IndexWriter(directory, config);
            var stamp = IndexStamp.Read(opened.CommitData);
            if (stamp is null || !stamp.Serves(schema, catalogue.Id, catalogueGeneration))
            {
                opened.DeleteAll();
                indexed = long.MinValue;
            }
            else
            {
                indexed = stamp.Generation;
            }

            writer = opened;
            lease = taken;
            return true;
        }
        catch
        {
            taken.Dispose();
            throw;
        }
    }

    // A reader of the last commit; null when there is none this process can use (none yet, or of another schema).
    private IndexStamp? RefreshFollower()
    {
        try
        {
            if (manager is null)
            {
                if (!DirectoryReader.IndexExists(directory))
                {
                    return null;
                }

                Replace(new SearcherManager(directory, factory), live: false);
            }
            else
            {
                manager.MaybeRefresh();
            }
        }
        catch (IOException)
        {
            // A commit being written or files being merged away: keep what we had and look again next time.
        }

        var current = manager;
        if (current is null)
        {
            return null;
        }

        IndexStamp? stamp;
        var searcher = current.Acquire();
        try
        {
            stamp = IndexStamp.Read(((DirectoryReader)searcher.IndexReader).IndexCommit.UserData);
        }
        finally
        {
            current.Release(searcher);
        }

        if (stamp is null || stamp.Schema != schema || stamp.Catalogue != catalogue.Id)
        {
            Replace(null, live: false);
            return null;
        }

        return stamp;
    }

    private void Replace(ReferenceManager<IndexSearcher>? next, bool live)
    {
        var previous = manager;
        manager = next;
        managerIsLive = live;
        previous?.Dispose();
    }

    /// <summary>Makes searchers that rank with the library's similarity.</summary>
    private sealed class RankingSearcherFactory(Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }
}

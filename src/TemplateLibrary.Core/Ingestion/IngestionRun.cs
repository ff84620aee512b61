using System.Collections.Concurrent;
using System.Diagnostics;
using TemplateLibrary.Core.Indexing;

namespace TemplateLibrary.Core.Ingestion;

/// <summary>The state one run shares between its workers: what the index knew, claims, progress.</summary>
internal sealed class IngestionRun
{
    private readonly ConcurrentDictionary<string, HashClaim> _claims = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _pathsPerDocument;
    private readonly IProgress<IngestionProgress>? _progress;
    private readonly Stopwatch _clock;
    private readonly int _filesTotal;
    private readonly long _bytesTotal;
    private int _filesDone;
    private long _bytesDone;
    private string? _current;

    public IngestionRun(
        IngestionRequest request,
        IReadOnlyDictionary<string, IndexedFile> known,
        WalkResult walk,
        IProgress<IngestionProgress>? progress,
        Stopwatch clock)
    {
        Request = request;
        Known = known;
        _pathsPerDocument = known.Values.GroupBy(f => f.DocumentId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _progress = progress;
        _clock = clock;
        _filesTotal = walk.Files.Count;
        _bytesTotal = progress is null ? 0 : walk.Files.Sum(SafeLength);
    }

    public IngestionRequest Request { get; }

    public IReadOnlyDictionary<string, IndexedFile> Known { get; }

    public long BytesDone => Interlocked.Read(ref _bytesDone);

    public int PathCount(string documentId) => _pathsPerDocument.GetValueOrDefault(documentId);

    /// <summary>Claims the hash for this path; the second value is false when another file owns it.</summary>
    public (HashClaim Claim, bool Owner) Claim(string hash, string path)
    {
        var mine = new HashClaim();
        var claim = _claims.GetOrAdd(hash, mine);
        return (claim, ReferenceEquals(claim, mine));
    }

    public void FileStarted(string path)
    {
        Volatile.Write(ref _current, path);
    }

    public void FileDone(string path, long size)
    {
        var done = Interlocked.Increment(ref _filesDone);
        var bytes = Interlocked.Add(ref _bytesDone, size);
        _progress?.Report(new IngestionProgress(done, _filesTotal, bytes, _bytesTotal, Volatile.Read(ref _current) ?? path, _clock.Elapsed));
    }

    private static long SafeLength(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}

namespace TemplateLibrary.Search.Indexing;

/// <summary>The right to write the full-text index: an exclusive lock on a file beside it, held by one process (or one
/// open index in a process) at a time and released by the operating system when its holder dies.</summary>
internal sealed class WriterLease : IDisposable
{
    private readonly FileStream stream;

    private WriterLease(FileStream stream)
    {
        this.stream = stream;
    }

    /// <summary>Takes the lease, or returns null when another holder has it.</summary>
    public static WriterLease? TryTake(string path)
    {
        try
        {
            // FileShare.None takes an exclusive lock (flock on Linux), which another open of the file cannot share.
            return new WriterLease(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public void Dispose() => stream.Dispose();
}

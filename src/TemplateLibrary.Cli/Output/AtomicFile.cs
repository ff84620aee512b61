namespace TemplateLibrary.Cli.Output;

/// <summary>Writes a file beside its target and moves it into place, so a failed write never leaves half a file where a
/// good one was.</summary>
internal static class AtomicFile
{
    /// <summary>The full path of an --out file, relative to the current folder.</summary>
    /// <exception cref="UsageException">Its folder does not exist.</exception>
    public static string Target(CliContext context, string path)
    {
        var target = context.Resolve(path);
        return Directory.Exists(Path.GetDirectoryName(target)) ? target : throw new UsageException($"--out {path}: the folder does not exist");
    }

    /// <summary>Writes the file through <paramref name="write"/> and returns what it returned.</summary>
    public static T Write<T>(string target, Func<Stream, Task<T>> write)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            T result;
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                result = write(stream).GetAwaiter().GetResult();
            }

            File.Move(temporary, target, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}

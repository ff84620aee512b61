namespace TemplateLibrary.Core.Ingestion;

/// <summary>Expands the paths a user gave into the files to ingest and the folders that were walked.</summary>
internal sealed class FileWalker
{
    /// <summary>The name librarians give a folder's metadata sheet; inside a walked folder it is never a document.</summary>
    public const string ManifestFileName = "manifest.csv";

    private readonly IReadOnlySet<string> _extensions;
    private readonly string? _excludedFile;

    public FileWalker(IReadOnlySet<string> extensions, string? excludedFile)
    {
        _extensions = extensions;
        _excludedFile = excludedFile;
    }

    /// <summary>Walks the inputs; missing inputs and unreadable folders become failures.</summary>
    public WalkResult Walk(IEnumerable<string> inputs, CancellationToken cancellationToken)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var roots = new List<string>();
        var outcomes = new List<FileOutcome>();
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input);
            if (File.Exists(full))
            {
                files.Add(full);
            }
            else if (Directory.Exists(full))
            {
                if (WalkFolder(full, files, outcomes, cancellationToken))
                {
                    roots.Add(Path.TrimEndingDirectorySeparator(full));
                }
            }
            else
            {
                outcomes.Add(new FileOutcome(full, FileOutcomeKind.Failed, Reason: "not found"));
            }
        }

        return new WalkResult([.. files], roots, outcomes);
    }

    private bool WalkFolder(string root, SortedSet<string> files, List<FileOutcome> outcomes, CancellationToken cancellationToken)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = false,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        };
        try
        {
            foreach (var path in Directory.EnumerateFiles(root, "*", options))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var name = Path.GetFileName(path);
                // Dot-files, dot-folders and Office lock files (~$name.docx) are never documents.
                if (name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal) || IsInHiddenFolder(root, path) ||
                    string.Equals(path, _excludedFile, StringComparison.Ordinal))
                {
                    continue;
                }

                if (string.Equals(name, ManifestFileName, StringComparison.OrdinalIgnoreCase))
                {
                    outcomes.Add(new FileOutcome(path, FileOutcomeKind.Skipped, Reason: "a library manifest, not a document (give it with --manifest to use its metadata)"));
                }
                else if (_extensions.Contains(Path.GetExtension(path)))
                {
                    files.Add(path);
                }
                else
                {
                    outcomes.Add(new FileOutcome(path, FileOutcomeKind.Skipped, Reason: $"unsupported format '{Path.GetExtension(path)}'"));
                }
            }

            return true;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            // A folder we cannot read completely is not walked for removals: absence would be a guess.
            outcomes.Add(new FileOutcome(root, FileOutcomeKind.Failed, Reason: $"cannot read folder: {ex.Message}"));
            return false;
        }
    }

    private static bool IsInHiddenFolder(string root, string path)
    {
        var relative = Path.GetRelativePath(root, Path.GetDirectoryName(path)!);
        return relative != "." && relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
    }
}

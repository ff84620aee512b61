namespace PdfBench;

/// <summary>Finds the evaluation set and reads its manifest notes.</summary>
internal static class EvalSet
{
    public static string? FindPdfFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "eval", "realdocs", "pdf");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Notes per file name from MANIFEST.tsv beside the pdf folder, when present.</summary>
    public static Dictionary<string, string> ReadNotes(string pdfFolder)
    {
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        var manifest = Path.Combine(pdfFolder, "..", "MANIFEST.tsv");
        if (!File.Exists(manifest))
        {
            return notes;
        }

        foreach (var line in File.ReadLines(manifest).Skip(1))
        {
            var columns = line.Split('\t');
            if (columns.Length > 7)
            {
                notes[Path.GetFileName(columns[0])] = columns[7];
            }
        }

        return notes;
    }

    /// <summary>The producer named in the notes ("producer=…" or the first note), as a fallback.</summary>
    public static string? ProducerFromNotes(string? notes)
    {
        if (notes is null)
        {
            return null;
        }

        foreach (var part in notes.Split("; "))
        {
            var index = part.IndexOf("producer=", StringComparison.OrdinalIgnoreCase);
            if (index >= 0)
            {
                return part[(index + 9)..];
            }

            index = part.IndexOf("creator=", StringComparison.OrdinalIgnoreCase);
            if (index >= 0)
            {
                return part[(index + 8)..];
            }
        }

        return null;
    }

    public static string? ReferenceFor(string pdfPath)
    {
        var folder = Path.GetDirectoryName(pdfPath)!;
        var reference = Path.Combine(folder, "..", "..", "realdocs-ref", "pdf", Path.GetFileName(pdfPath) + ".txt");
        return File.Exists(reference) ? reference : null;
    }
}

using System.Globalization;
using System.Text;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Core.Ingestion.Manifest;

/// <summary>Reads and validates a manifest CSV before anything is written to the index.</summary>
public static class ManifestReader
{
    private const int MaxReportedProblems = 50;

    private static readonly Dictionary<string, string> FacetColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["category"] = FacetNames.Category,
        ["model"] = FacetNames.Model,
        ["type"] = FacetNames.Type,
        ["councils"] = FacetNames.Council,
        ["partners"] = FacetNames.Partner,
        ["powers"] = FacetNames.Power,
        ["year"] = FacetNames.Year,
    };

    private static readonly string[] KnownColumns =
        ["path", "title", "category", "model", "type", "councils", "partners", "year", "powers", "summary"];

    /// <summary>Reads the manifest; throws <see cref="ManifestException"/> listing every problem with its line.</summary>
    public static LibraryManifest Read(string manifestPath, IFacetVocabulary vocabulary)
    {
        var fullPath = System.IO.Path.GetFullPath(manifestPath);
        if (!File.Exists(fullPath))
        {
            throw new ManifestException($"{manifestPath}: manifest not found");
        }

        IReadOnlyList<(int Line, IReadOnlyList<string> Fields)> rows;
        try
        {
            rows = CsvParser.Parse(DecodeText(File.ReadAllBytes(fullPath)));
        }
        catch (FormatException ex)
        {
            throw new ManifestException($"{manifestPath}: {ex.Message}");
        }

        if (rows.Count == 0)
        {
            throw new ManifestException($"{manifestPath}: the manifest is empty; expected a header row: {string.Join(',', KnownColumns)}");
        }

        var header = rows[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var problems = new List<string>();
        foreach (var column in header.Where(h => !KnownColumns.Contains(h)))
        {
            problems.Add($"line 1: unknown column '{column}'; allowed columns: {string.Join(", ", KnownColumns)}");
        }

        var pathColumn = Array.IndexOf(header, "path");
        if (pathColumn < 0)
        {
            throw new ManifestException($"{manifestPath}: line 1: the header has no 'path' column");
        }

        var baseDirectory = System.IO.Path.GetDirectoryName(fullPath)!;
        var entries = new List<ManifestEntry>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, fields) in rows.Skip(1))
        {
            var entry = ReadRow(line, fields, header, pathColumn, baseDirectory, vocabulary, problems);
            if (entry is null)
            {
                continue;
            }

            if (seen.TryGetValue(entry.Path, out var firstLine))
            {
                problems.Add($"line {line}: '{fields[pathColumn]}' is already described on line {firstLine}");
                continue;
            }

            seen[entry.Path] = line;
            entries.Add(entry);
        }

        if (problems.Count > 0)
        {
            var shown = problems.Take(MaxReportedProblems).ToList();
            if (problems.Count > MaxReportedProblems)
            {
                shown.Add($"… and {problems.Count - MaxReportedProblems} more problems");
            }

            throw new ManifestException($"{manifestPath}: {problems.Count} problem(s); nothing was ingested:{Environment.NewLine}  " +
                string.Join(Environment.NewLine + "  ", shown));
        }

        return new LibraryManifest(fullPath, entries);
    }

    private static ManifestEntry? ReadRow(
        int line,
        IReadOnlyList<string> fields,
        string[] header,
        int pathColumn,
        string baseDirectory,
        IFacetVocabulary vocabulary,
        List<string> problems)
    {
        string Cell(int index) => index < fields.Count ? fields[index].Trim() : string.Empty;

        var relative = Cell(pathColumn);
        if (relative.Length == 0)
        {
            problems.Add($"line {line}: the path is empty");
            return null;
        }

        var fullPath = System.IO.Path.GetFullPath(System.IO.Path.Combine(baseDirectory, relative));
        if (!File.Exists(fullPath))
        {
            problems.Add($"line {line}: file not found: {relative}");
        }

        string? title = null;
        string? summary = null;
        var facets = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var column = 0; column < header.Length; column++)
        {
            var name = header[column];
            var cell = Cell(column);
            if (cell.Length == 0 || column == pathColumn)
            {
                continue;
            }

            if (name == "title")
            {
                title = cell;
            }
            else if (name == "summary")
            {
                summary = cell;
            }
            else if (FacetColumns.TryGetValue(name, out var facet))
            {
                facets[facet] = ResolveValues(line, name, facet, cell, vocabulary, problems);
            }
        }

        return new ManifestEntry { Path = fullPath, Line = line, Title = title, Summary = summary, Facets = facets };
    }

    private static List<string> ResolveValues(
        int line, string column, string facet, string cell, IFacetVocabulary vocabulary, List<string> problems)
    {
        var values = new List<string>();
        foreach (var raw in cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (facet == FacetNames.Year)
            {
                if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
                {
                    values.Add(year.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    problems.Add($"line {line}: year '{raw}' is not a year between 1900 and 2100");
                }

                continue;
            }

            if (vocabulary.TryResolve(facet, raw, out var id))
            {
                if (!values.Contains(id, StringComparer.Ordinal))
                {
                    values.Add(id);
                }
            }
            else if (vocabulary.Replacements(facet, raw) is { Count: > 0 } replacements)
            {
                problems.Add($"line {line}: {column} '{raw}' is no longer a value: it was split into {string.Join(", ", replacements)}; use the one that fits");
            }
            else
            {
                var allowed = vocabulary.AllowedValues(facet);
                problems.Add($"line {line}: {column} '{raw}' is not a known value" +
                    (allowed.Count > 0 ? $"; allowed: {string.Join(", ", allowed)}" : string.Empty));
            }
        }

        return values;
    }

    private static string DecodeText(byte[] bytes)
    {
        // Excel writes "CSV UTF-8" with a BOM and plain "CSV" in the machine's code page; accept both.
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }
}

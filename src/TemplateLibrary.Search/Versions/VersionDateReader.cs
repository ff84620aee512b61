using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using TemplateLibrary.Search.Catalogue;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Versions;

/// <summary>Reads the date a document carries, the most precise first: the modified date in the file's properties, the
/// full date the tagger read for its year (in the text or the file's created date), its year, and last the file
/// system's modified time.</summary>
internal static partial class VersionDateReader
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy", "d MMMM, yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy",
        "d/M/yyyy", "d.M.yyyy", "d-M-yyyy",
    ];

    /// <summary>The version date of a catalogued document and its file system modified time (the tie-break), or null
    /// when the row id is unknown.</summary>
    public static (VersionDate Date, DateTimeOffset Modified)? Read(SqliteConnection connection, SqliteTransaction transaction, long doc)
    {
        using var command = SqlCommands.Create(connection, transaction, """
            SELECT d.metadata_json, d.file_modified,
                   (SELECT value FROM effective_tags WHERE doc = d.rowid AND facet = 'year' ORDER BY ordinal LIMIT 1),
                   (SELECT value || '|' || COALESCE(evidence, '') FROM tags WHERE doc = d.rowid AND facet = 'year' AND source = 0 ORDER BY ordinal LIMIT 1)
            FROM documents d WHERE d.rowid = $doc
            """, "$doc");
        command.Set("$doc", doc);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var modified = ParseRoundTrip(reader.GetString(1)) ?? DateTimeOffset.MinValue;
        int? year = reader.IsDBNull(2) ? null : int.Parse(reader.GetString(2), CultureInfo.InvariantCulture);
        var date = Choose(reader.GetString(0), year, reader.IsDBNull(3) ? null : reader.GetString(3), modified);
        return (date, modified);
    }

    /// <summary>Chooses the date from the stored metadata JSON, the effective year, the automatic year tag ("year|evidence")
    /// and the file system's modified time.</summary>
    public static VersionDate Choose(string metadataJson, int? year, string? autoYear, DateTimeOffset modified)
    {
        using (var metadata = JsonDocument.Parse(metadataJson))
        {
            if (metadata.RootElement.TryGetProperty("modified", out var declared) && declared.ValueKind == JsonValueKind.String
                && ParseRoundTrip(declared.GetString()) is { } fileModified)
            {
                return new VersionDate(fileModified, "file-modified");
            }
        }

        if (autoYear is not null && Evidence(autoYear) is { } read && (year is null || read.Value.Year == year))
        {
            return read;
        }

        return year is { } y and >= 1 and <= 9999
            ? new VersionDate(new DateTimeOffset(y, 1, 1, 0, 0, 0, TimeSpan.Zero), "year")
            : new VersionDate(modified, "modified-time");
    }

    // "2019|text: \"12 March 2019\"" or "2012|metadata: \"2012-04-04\"": a full date, or null when only a year was read.
    private static (DateTimeOffset Date, string Source)? EvidenceDate(string autoYear)
    {
        var match = QuotedEvidence().Match(autoYear);
        if (!match.Success)
        {
            return null;
        }

        var written = Ordinal().Replace(match.Groups["written"].Value.Replace("day of ", "", StringComparison.OrdinalIgnoreCase), "$1").Trim();
        return DateTimeOffset.TryParseExact(written, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? (date, match.Groups["source"].Value == "metadata" ? "file-created" : "text")
            : null;
    }

    private static VersionDate? Evidence(string autoYear) =>
        EvidenceDate(autoYear) is { } found ? new VersionDate(found.Date, found.Source) : null;

    private static DateTimeOffset? ParseRoundTrip(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value) ? value : null;

    [GeneratedRegex("^\\d{4}\\|(?<source>text|metadata): \"(?<written>[^\"]+)\"")]
    private static partial Regex QuotedEvidence();

    [GeneratedRegex(@"\b(\d{1,2})(st|nd|rd|th)\b")]
    private static partial Regex Ordinal();
}

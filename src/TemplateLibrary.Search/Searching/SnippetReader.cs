using Microsoft.Data.Sqlite;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Querying;
using TemplateLibrary.Search.Schema;

namespace TemplateLibrary.Search.Searching;

/// <summary>Builds the marked passage for each hit of a page: the body where it matched, else a heading, else the title.</summary>
internal sealed class SnippetReader : IDisposable
{
    private const int BodyWindow = 28;
    private const int HeadingWindow = 16;
    private const int TitleWindow = 64;
    private const int LeadLength = 240;

    // Marking scans the text in managed code: a very long body is only searched for a passage in its first part.
    private const int ScannedChars = 100_000;
    private readonly SqliteCommand command;
    private readonly TermMatcher matcher;

    /// <summary>Prepares the statement and the matcher for the query's terms.</summary>
    public SnippetReader(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<HighlightTerm> terms)
    {
        matcher = new TermMatcher(terms);
        command = SqlCommands.Create(connection, transaction, "SELECT summary, title, headings, substr(body, 1, $scan) FROM documents WHERE rowid = $doc", "$doc", "$scan");
        command.Set("$scan", ScannedChars);
    }

    /// <summary>The passage for one document.</summary>
    public HighlightedText Read(long rowId)
    {
        command.Set("$doc", rowId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return HighlightedText.Empty;
        }

        var body = reader.GetString(3);
        return PassageHighlighter.Highlight(body, matcher, BodyWindow)
            ?? PassageHighlighter.Highlight(reader.GetString(2), matcher, HeadingWindow)
            ?? PassageHighlighter.Highlight(reader.GetString(1), matcher, TitleWindow)
            ?? Plain(reader.IsDBNull(0) ? body : reader.GetString(0));
    }

    /// <inheritdoc />
    public void Dispose() => command.Dispose();

    private static HighlightedText Plain(string text)
    {
        var clean = string.Join(' ', text.AsSpan(0, Math.Min(text.Length, LeadLength * 2)).ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length > LeadLength)
        {
            var cut = clean.LastIndexOf(' ', LeadLength);
            clean = clean[..(cut > LeadLength / 2 ? cut : LeadLength)] + "…";
        }

        return clean.Length == 0 ? HighlightedText.Empty : new HighlightedText([new HighlightSegment(clean, false)]);
    }
}

namespace TemplateLibrary.Search.Model;

/// <summary>A clause's id across the library: its document's id and its anchor, as in <c>/documents/{id}#{anchor}</c>.</summary>
public static class ClauseId
{
    /// <summary>The id of a document's clause: "{documentId}#{anchor}".</summary>
    public static string Of(string documentId, string anchor) => documentId + "#" + anchor;

    /// <summary>Splits a clause id; false when it is not one.</summary>
    public static bool TryParse(string? id, out string documentId, out string anchor)
    {
        var hash = id?.IndexOf('#', StringComparison.Ordinal) ?? -1;
        if (id is null || hash <= 0 || hash == id.Length - 1)
        {
            documentId = anchor = string.Empty;
            return false;
        }

        documentId = id[..hash];
        anchor = id[(hash + 1)..];
        return true;
    }

    /// <summary>A clause's number and heading as one line ("12 Termination"), or whichever it has.</summary>
    public static string Caption(string? number, string? heading) =>
        string.Join(' ', new[] { number, heading }.Where(p => !string.IsNullOrWhiteSpace(p)));
}

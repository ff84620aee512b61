using TemplateLibrary.Search.Catalogue;

namespace TemplateLibrary.Search.Searching;

/// <summary>The start of a hit's text and its page starts, read from the catalogue for its snippet.</summary>
/// <param name="Generation">The generation of the catalogue's copy: the index's offsets fit it only when equal.</param>
/// <param name="Text">The text up to the end of the passage (and a little more).</param>
/// <param name="PageStarts">Where each page starts, or null.</param>
internal sealed record SnippetText(long Generation, string Text, int[]? PageStarts)
{
    /// <summary>Reads the texts of several documents in one read transaction; a missing document is left out.</summary>
    public static Dictionary<string, SnippetText> Read(CatalogueStore catalogue, IReadOnlyList<(string Id, int Length)> wanted)
    {
        if (wanted.Count == 0)
        {
            return [];
        }

        return catalogue.Read((connection, transaction) =>
        {
            using var command = SqlCommands.Create(
                connection,
                transaction,
                "SELECT generation, page_starts, substr(body, 1, $length) FROM documents WHERE id = $id",
                "$id",
                "$length");
            var texts = new Dictionary<string, SnippetText>(StringComparer.Ordinal);
            foreach (var (id, length) in wanted)
            {
                command.Set("$id", id);
                command.Set("$length", length);
                using var reader = command.ExecuteReader();
                if (reader.Read())
                {
                    texts[id] = new SnippetText(reader.GetInt64(0), reader.GetString(2), DocumentJson.ReadPageStarts(reader.IsDBNull(1) ? null : reader.GetString(1)));
                }
            }

            return texts;
        });
    }
}

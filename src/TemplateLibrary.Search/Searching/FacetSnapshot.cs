using System.Globalization;
using Microsoft.Data.Sqlite;
using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Search.Searching;

/// <summary>An in-memory copy of every document's effective facet values and sort keys, valid for one index generation.</summary>
/// <remarks>Filtering and multi-select facet counting run over this copy, so a search costs one FTS query plus the page's snippets.</remarks>
internal sealed class FacetSnapshot
{
    /// <summary>The facet slots, in <see cref="FacetNames.All"/> order (year last).</summary>
    public static readonly IReadOnlyList<string> Facets = FacetNames.All;

    /// <summary>The slot of the year facet.</summary>
    public static readonly int YearSlot = FacetNames.All.ToList().IndexOf(FacetNames.Year);

    private readonly Dictionary<long, int> indexByRowId;
    private readonly Dictionary<string, int>[] valueIds;
    private readonly List<string>[] values;

    private FacetSnapshot(long generation, List<SnapshotDocument> documents, Dictionary<string, int>[] valueIds, List<string>[] values)
    {
        Generation = generation;
        Documents = documents;
        this.valueIds = valueIds;
        this.values = values;
        indexByRowId = new Dictionary<long, int>(documents.Count);
        SortedRowIds = new long[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            indexByRowId[documents[i].RowId] = i;
            SortedRowIds[i] = documents[i].RowId;
        }

        Array.Sort(SortedRowIds);
    }

    /// <summary>The index generation this copy reflects.</summary>
    public long Generation { get; }

    /// <summary>Every document's rowid, ascending.</summary>
    public long[] SortedRowIds { get; }

    /// <summary>Every document.</summary>
    public IReadOnlyList<SnapshotDocument> Documents { get; }

    /// <summary>Reads the current generation inside the caller's read transaction.</summary>
    public static long ReadGeneration(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = Schema.SqlCommands.Create(connection, transaction, "SELECT value FROM meta WHERE key = 'generation'");
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }

    /// <summary>Loads the copy inside the caller's read transaction.</summary>
    public static FacetSnapshot Load(SqliteConnection connection, SqliteTransaction transaction, long generation)
    {
        var slotCount = Facets.Count;
        var valueIds = Enumerable.Range(0, slotCount).Select(_ => new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)).ToArray();
        var values = Enumerable.Range(0, slotCount).Select(_ => new List<string>()).ToArray();
        var slotByFacet = Facets.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);

        var tagsByDoc = new Dictionary<long, List<int>[]>();
        using (var command = Schema.SqlCommands.Create(connection, transaction, "SELECT doc, facet, value FROM effective_tags WHERE facet <> 'year' ORDER BY doc, facet, ordinal, value"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (!slotByFacet.TryGetValue(reader.GetString(1), out var slot))
                {
                    continue;
                }

                var doc = reader.GetInt64(0);
                if (!tagsByDoc.TryGetValue(doc, out var lists))
                {
                    tagsByDoc[doc] = lists = new List<int>[slotCount];
                }

                (lists[slot] ??= []).Add(Intern(valueIds[slot], values[slot], reader.GetString(2)));
            }
        }

        var documents = new List<SnapshotDocument>();
        using (var command = Schema.SqlCommands.Create(connection, transaction, "SELECT rowid, id, title, path, format, year, file_modified FROM documents"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var rowId = reader.GetInt64(0);
                int? year = reader.IsDBNull(5) ? null : reader.GetInt32(5);
                tagsByDoc.TryGetValue(rowId, out var lists);
                var slots = new int[slotCount][];
                for (var slot = 0; slot < slotCount; slot++)
                {
                    slots[slot] = lists?[slot]?.ToArray() ?? [];
                }

                if (year is not null)
                {
                    slots[YearSlot] = [Intern(valueIds[YearSlot], values[YearSlot], year.Value.ToString(CultureInfo.InvariantCulture))];
                }

                documents.Add(new SnapshotDocument
                {
                    RowId = rowId,
                    Id = reader.GetString(1),
                    Title = reader.GetString(2),
                    Path = reader.GetString(3),
                    Format = reader.GetString(4),
                    Year = year,
                    FileModified = reader.GetString(6),
                    Values = slots,
                });
            }
        }

        return new FacetSnapshot(generation, documents, valueIds, values);
    }

    /// <summary>The position of a document in <see cref="Documents"/>, or -1.</summary>
    public int IndexOf(long rowId) => indexByRowId.TryGetValue(rowId, out var index) ? index : -1;

    /// <summary>The id of a facet value (case-insensitive), or -1 when no document has it.</summary>
    public int ValueId(int slot, string value) => valueIds[slot].TryGetValue(value, out var id) ? id : -1;

    /// <summary>The stored spelling of a value id.</summary>
    public string Value(int slot, int id) => values[slot][id];

    /// <summary>How many distinct values a facet has.</summary>
    public int ValueCount(int slot) => values[slot].Count;

    private static int Intern(Dictionary<string, int> ids, List<string> list, string value)
    {
        if (!ids.TryGetValue(value, out var id))
        {
            id = list.Count;
            ids[value] = id;
            list.Add(value);
        }

        return id;
    }
}

namespace TemplateLibrary.Search.Searching;

/// <summary>Remembers recent FTS matches (rowids and scores) of one index generation, so paging, re-sorting
/// and facet clicks on the same text do not rank the same documents again.</summary>
internal sealed class MatchCache
{
    private readonly int capacity;
    private readonly Lock gate = new();
    private readonly LinkedList<(string Key, List<(long RowId, double Score)> Rows)> order = [];
    private readonly Dictionary<string, LinkedListNode<(string Key, List<(long RowId, double Score)> Rows)>> entries = new(StringComparer.Ordinal);
    private long generation = long.MinValue;

    /// <summary>Creates a cache holding up to <paramref name="capacity"/> queries (0 disables it).</summary>
    public MatchCache(int capacity)
    {
        this.capacity = Math.Max(0, capacity);
    }

    /// <summary>The cached rows, or the rows <paramref name="load"/> returns (then cached).</summary>
    public List<(long RowId, double Score)> GetOrAdd(long currentGeneration, string expression, bool scored, Func<List<(long RowId, double Score)>> load)
    {
        if (capacity == 0)
        {
            return load();
        }

        var key = (scored ? "s:" : "u:") + expression;
        lock (gate)
        {
            if (generation != currentGeneration)
            {
                order.Clear();
                entries.Clear();
                generation = currentGeneration;
            }

            if (entries.TryGetValue(key, out var node))
            {
                order.Remove(node);
                order.AddFirst(node);
                return node.Value.Rows;
            }
        }

        var rows = load();
        lock (gate)
        {
            if (generation == currentGeneration && !entries.ContainsKey(key))
            {
                entries[key] = order.AddFirst((key, rows));
                if (order.Count > capacity)
                {
                    entries.Remove(order.Last!.Value.Key);
                    order.RemoveLast();
                }
            }
        }

        return rows;
    }
}

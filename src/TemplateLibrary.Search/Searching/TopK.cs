namespace TemplateLibrary.Search.Searching;

/// <summary>Picks one page of a ranked list without sorting all of it.</summary>
internal static class TopK
{
    /// <summary>The items at [offset, offset + limit) in the order the comparison defines.</summary>
    public static List<T> Page<T>(List<T> items, Comparison<T> comparison, int offset, int limit)
    {
        var needed = (long)offset + limit;
        if (offset >= items.Count)
        {
            return [];
        }

        if (needed * 4 >= items.Count)
        {
            items.Sort(comparison);
            return items.Skip(offset).Take(limit).ToList();
        }

        // Keep the best `needed` in a max-heap on the comparison: the root is the worst kept item.
        var heap = new PriorityQueue<T, T>(Comparer<T>.Create((a, b) => comparison(b, a)));
        foreach (var item in items)
        {
            if (heap.Count < needed)
            {
                heap.Enqueue(item, item);
            }
            else if (comparison(item, heap.Peek()) < 0)
            {
                heap.DequeueEnqueue(item, item);
            }
        }

        var best = new List<T>(heap.Count);
        while (heap.Count > 0)
        {
            best.Add(heap.Dequeue());
        }

        best.Reverse();
        return best.Skip(offset).Take(limit).ToList();
    }
}

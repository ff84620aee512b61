namespace TemplateLibrary.Tools.CorpusBuilder.Checking;

/// <summary>Compares every pair of documents and keeps the most similar.</summary>
internal static class SimilarityScan
{
    public static IReadOnlyList<(string First, string Second, double Jaccard)> TopPairs(IReadOnlyDictionary<string, ShingleSet> texts, int count)
    {
        var items = texts.OrderBy(t => t.Key, StringComparer.Ordinal).ToArray();
        var best = new List<(string First, string Second, double Jaccard)>[items.Length];
        Parallel.For(0, items.Length, i =>
        {
            var local = new List<(string, string, double)>();
            for (var j = i + 1; j < items.Length; j++)
            {
                local.Add((items[i].Key, items[j].Key, items[i].Value.Jaccard(items[j].Value)));
            }

            best[i] = local.OrderByDescending(p => p.Item3).Take(count).ToList();
        });

        return best.SelectMany(b => b).OrderByDescending(p => p.Jaccard).ThenBy(p => p.First, StringComparer.Ordinal).Take(count).ToList();
    }
}

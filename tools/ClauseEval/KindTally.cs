namespace TemplateLibrary.Tools.ClauseEval;

/// <summary>True and false positives and false negatives of clause kinds, in total and per kind.</summary>
internal sealed class KindTally
{
    private readonly Dictionary<string, (int Tp, int Fp, int Fn)> byKind = new(StringComparer.Ordinal);

    public int Tp { get; private set; }

    public int Fp { get; private set; }

    public int Fn { get; private set; }

    public IEnumerable<(string Kind, int Tp, int Fp, int Fn)> Kinds =>
        byKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => (k.Key, k.Value.Tp, k.Value.Fp, k.Value.Fn));

    public void Add(IReadOnlySet<string> gold, IEnumerable<string> predicted)
    {
        var guessed = predicted.ToHashSet(StringComparer.Ordinal);
        foreach (var kind in gold.Union(guessed))
        {
            var (tp, fp, fn) = byKind.GetValueOrDefault(kind);
            if (gold.Contains(kind) && guessed.Contains(kind))
            {
                tp++;
                Tp++;
            }
            else if (guessed.Contains(kind))
            {
                fp++;
                Fp++;
            }
            else
            {
                fn++;
                Fn++;
            }

            byKind[kind] = (tp, fp, fn);
        }
    }

    public static double Precision(int tp, int fp) => tp + fp == 0 ? 0 : (double)tp / (tp + fp);

    public static double Recall(int tp, int fn) => tp + fn == 0 ? 0 : (double)tp / (tp + fn);
}

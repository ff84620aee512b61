namespace TemplateLibrary.Core.Partnerships;

/// <summary>
/// Reads the savings and costs a business case, case study or report states ("a saving of £250,000 a year (14 per
/// cent)", "one-off costs of £1.21 million", "a 34% reduction in combined annual network costs"), each with its sentence,
/// amount, period and whether planned or achieved. Running costs, baselines, budgets, contributions, income and cuts in
/// things other than cost are not read.
/// </summary>
public static class SavingsReader
{
    private const int MoneyCueWords = 12;
    private const int PercentCueWords = 6;
    private const int CutCueWords = 16;
    private const int AttachWords = 6;
    private const int PeriodWordsBefore = 10;
    private const int PeriodWordsAfter = 6;
    private const int MaxEvidence = 400;

    /// <summary>Every saving and cost stated in the text, in text order.</summary>
    public static IReadOnlyList<SavingStatement> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<SavingStatement>();
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            if (sentence.Text.Contains('£', StringComparison.Ordinal) || sentence.Text.Contains('%', StringComparison.Ordinal)
                || sentence.Text.Contains("cent", StringComparison.OrdinalIgnoreCase))
            {
                found.AddRange(ReadSentence(sentence));
            }
        }

        return found;
    }

    private static List<SavingStatement> ReadSentence(TextSentence sentence)
    {
        var text = sentence.Text;
        var stage = SavingCues.Achieved().IsMatch(text) ? SavingStages.Achieved : SavingStages.Planned;
        var statements = new List<(Figure Figure, SavingStatement Statement)>();
        foreach (var figure in FigureFinder.Find(text))
        {
            if (figure.IsPercent && statements.Count > 0 && statements[^1] is var (last, made)
                && made is { Kind: SavingKinds.Saving, Amount: not null, Percent: null } && Gap(text, last.End, figure.Index) is { } gap
                && WordCount(gap) <= AttachWords)
            {
                statements[^1] = (last, made with { Percent = figure.Value });
                continue;
            }

            if (Kind(text, figure) is not { } kind)
            {
                continue;
            }

            var evidence = text.Length <= MaxEvidence ? text : text[..MaxEvidence] + "…";
            statements.Add((figure, new SavingStatement(
                kind,
                figure.IsPercent ? null : figure.Value,
                figure.IsPercent ? figure.Value : null,
                figure.UpTo,
                Period(text, figure, kind),
                stage,
                evidence,
                sentence.Start)));
        }

        return [.. statements.Select(s => s.Statement)];
    }

    private static string? Kind(string text, Figure figure)
    {
        var before = ClauseBefore(text, figure.Index);
        var after = ClauseAfter(text, figure.End);
        if (!figure.IsPercent && SavingCues.CostAfter().IsMatch(after))
        {
            return SavingKinds.Cost;
        }

        var blocked = SavingCues.NotSavingBefore().IsMatch(before);
        if (!blocked && (figure.IsPercent ? SavingCues.PercentCutAfter().IsMatch(after) : SavingCues.SavingAfter().IsMatch(after)))
        {
            return SavingKinds.Saving;
        }

        var window = LastWords(before, MoneyCueWords);
        var saving = blocked ? -1 : LastSavingCue(LastWords(before, CutCueWords), figure.IsPercent ? LastWords(before, PercentCueWords) : window);
        var costEnd = figure.IsPercent ? -1 : LastEnd(SavingCues.CostBefore().Matches(window));
        var cost = costEnd < 0 ? -1 : int.MaxValue - (window.Length - costEnd);
        if (saving < 0 && cost < 0)
        {
            return null;
        }

        return saving > cost ? SavingKinds.Saving : SavingKinds.Cost;
    }

    // Where the last saving cue before the figure ends, counted back from the figure, or -1: a cut in a cost ending in
    // "by" (in the wide window), else a saving word (in the narrow one). Both windows end at the figure.
    private static int LastSavingCue(string wide, string narrow)
    {
        var cut = SavingCues.CutBefore().Match(wide);
        if (cut.Success && SavingCues.CostObject().IsMatch(cut.Groups["object"].Value))
        {
            return int.MaxValue;
        }

        var word = LastEnd(SavingCues.SavingBefore().Matches(narrow));
        return word < 0 ? -1 : int.MaxValue - (narrow.Length - word);
    }

    private static string Period(string text, Figure figure, string kind)
    {
        var after = ClauseAfter(text, figure.End);
        if (SavingCues.AnnualAfter().IsMatch(after))
        {
            return SavingPeriods.Annual;
        }

        if (kind == SavingKinds.Cost)
        {
            return SavingPeriods.OneOff;
        }

        var near = LastWords(text[..figure.Index], PeriodWordsBefore) + " " + FirstWords(after, PeriodWordsAfter);
        if (SavingCues.Total().IsMatch(near))
        {
            return SavingPeriods.Total;
        }

        return SavingCues.Annual().IsMatch(near) || SavingCues.Annual().IsMatch(text) ? SavingPeriods.Annual : SavingPeriods.Unknown;
    }

    private static string ClauseBefore(string text, int index)
    {
        var before = text[..index];
        var breaks = SavingCues.ClauseBreak().Matches(before);
        return breaks.Count == 0 ? before : before[(breaks[^1].Index + 1)..];
    }

    private static string ClauseAfter(string text, int index)
    {
        var after = text[index..];
        var stop = SavingCues.ClauseBreak().Match(after);
        return stop.Success ? after[..stop.Index] : after;
    }

    private static string? Gap(string text, int from, int to)
    {
        var gap = text[from..to];
        return SavingCues.ClauseBreak().IsMatch(gap) ? null : gap;
    }

    private static string LastWords(string text, int count)
    {
        var words = SavingCues.Word().Matches(text);
        return words.Count <= count ? text : text[words[^count].Index..];
    }

    private static string FirstWords(string text, int count)
    {
        var words = SavingCues.Word().Matches(text);
        return words.Count <= count ? text : text[..(words[count - 1].Index + words[count - 1].Length)];
    }

    private static int WordCount(string text) => SavingCues.Word().Count(text);

    private static int LastEnd(System.Text.RegularExpressions.MatchCollection matches) =>
        matches.Count == 0 ? -1 : matches[^1].Index + matches[^1].Length;
}

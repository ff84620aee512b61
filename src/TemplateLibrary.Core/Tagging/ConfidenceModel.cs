namespace TemplateLibrary.Core.Tagging;

/// <summary>Turns scores into a confidence: strong evidence and a clear lead over the runner-up both count.</summary>
internal static class ConfidenceModel
{
    public static double Strength(double score, double saturation) =>
        score <= 0 ? 0 : 1 - Math.Exp(-score / saturation);

    public static double Confidence(double best, double runnerUp, double saturation)
    {
        if (best <= 0)
        {
            return 0;
        }

        var margin = (best - Math.Max(runnerUp, 0)) / best;
        return Math.Round(Strength(best, saturation) * (0.45 + (0.55 * margin)), 2);
    }
}

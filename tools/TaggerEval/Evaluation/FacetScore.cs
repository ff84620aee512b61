namespace TemplateLibrary.Tools.TaggerEval.Evaluation;

/// <summary>How well the tagger did on one facet.</summary>
/// <param name="Facet">category, model or type.</param>
/// <param name="Labelled">Documents with a label for this facet.</param>
/// <param name="Correct">Documents where the tagger's choice equals the label.</param>
/// <param name="Unknown">Labelled documents where the tagger said "unknown".</param>
/// <param name="Confident">Labelled documents answered with confidence of at least 0.6 (not queued for review).</param>
/// <param name="ConfidentCorrect">How many of those were correct.</param>
internal sealed record FacetScore(string Facet, int Labelled, int Correct, int Unknown, int Confident, int ConfidentCorrect)
{
    /// <summary>The confidence at or above which an answer is not queued for review.</summary>
    public const double ReviewThreshold = 0.6;

    /// <summary>Accuracy of the answers given with confidence of at least <see cref="ReviewThreshold"/>.</summary>
    public double ConfidentAccuracy => Confident == 0 ? 0 : (double)ConfidentCorrect / Confident;

    /// <summary>Correct over labelled (unknown counts as wrong).</summary>
    public double Accuracy => Labelled == 0 ? 0 : (double)Correct / Labelled;

    /// <summary>Correct over the labelled documents the tagger did not call unknown.</summary>
    public double PrecisionWhenAnswered => Labelled - Unknown == 0 ? 0 : (double)Correct / (Labelled - Unknown);
}

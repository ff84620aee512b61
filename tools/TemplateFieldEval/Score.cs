namespace TemplateLibrary.Tools.TemplateFieldEval;

/// <summary>Counts for precision, recall and type accuracy of field detection.</summary>
internal sealed class Score
{
    public int Labelled { get; set; }

    public int Found { get; set; }

    public int Matched { get; set; }

    public int TypeRight { get; set; }

    public double Precision => Found == 0 ? 0 : (double)Matched / Found;

    public double Recall => Labelled == 0 ? 0 : (double)Matched / Labelled;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double TypeAccuracy => Matched == 0 ? 0 : (double)TypeRight / Matched;

    public void Add(Score other)
    {
        Labelled += other.Labelled;
        Found += other.Found;
        Matched += other.Matched;
        TypeRight += other.TypeRight;
    }
}

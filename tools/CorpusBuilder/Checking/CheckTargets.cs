namespace TemplateLibrary.Tools.CorpusBuilder.Checking;

/// <summary>The corpus targets from the issue.</summary>
internal static class CheckTargets
{
    public const int Documents = 220;
    public const int PerCategory = 6;
    public const int PerModel = 10;
    public const int PerType = 10;
    public const int Docx = 80;
    public const int Pdf = 70;
    public const int Markdown = 40;
    public const int Odt = 1;
    public const int Html = 1;
    public const int MinWords = 500;
    // Real inter-authority agreements run to 5,000-15,000 words of numbered clauses and schedules.
    public const int MaxWords = 16000;
    public const int FullLengthWords = 5000;
    public const int FullLength = 30;
    public const int MinPdfTextWords = 100;
    public const double MaxJaccard = 0.6;
    public const long MaxCorpusBytes = 40L * 1024 * 1024;
}

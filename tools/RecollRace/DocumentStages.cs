namespace TemplateLibrary.Tools.RecollRace;

/// <summary>One document's time in each per-document stage of the profile.</summary>
internal sealed class DocumentStages
{
    public TimeSpan Extraction { get; set; }

    public TimeSpan Tagging { get; set; }

    public TimeSpan Clauses { get; set; }

    public TimeSpan Sketch { get; set; }

    public TimeSpan Total => Extraction + Tagging + Clauses + Sketch;
}

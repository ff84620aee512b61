namespace TemplateLibrary.Core.Duplicates;

/// <summary>The similarity from which two documents count as near-duplicates.</summary>
public static class NearDuplicateThreshold
{
    /// <summary>0.5: two versions of one business case, or one agreement as DOCX and as PDF, score well above it.</summary>
    public const double Default = 0.5;
}

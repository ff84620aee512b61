namespace TemplateLibrary.Core.Duplicates;

/// <summary>The similarity from which two documents count as near-duplicates.</summary>
public static class NearDuplicateThreshold
{
    /// <summary>0.5: two versions of one business case, or one agreement as DOCX and as PDF, score well above it.</summary>
    public const double Default = 0.5;

    /// <summary>The similarity from which two documents with one title stem are versions of one document (see the
    /// Search README, "Versions", for the measurement behind it).</summary>
    public const double Version = 0.5;
}

namespace TemplateLibrary.Core.Partnerships;

/// <summary>Whether a reported figure is a plan or a result.</summary>
public static class SavingStages
{
    /// <summary>Estimated, expected or a target.</summary>
    public const string Planned = "planned";

    /// <summary>Saved, delivered or realised.</summary>
    public const string Achieved = "achieved";
}

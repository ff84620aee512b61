namespace TemplateLibrary.Core.Partnerships;

/// <summary>What a reported figure is.</summary>
public static class SavingKinds
{
    /// <summary>Money or a share of cost saved, reduced or cut by the arrangement.</summary>
    public const string Saving = "saving";

    /// <summary>A one-off, set-up, implementation, transition or redundancy cost of the arrangement.</summary>
    public const string Cost = "cost";
}

namespace TemplateLibrary.Core.Partnerships;

/// <summary>A sum of money or a percentage in a sentence.</summary>
/// <param name="Index">Where the figure starts in the sentence.</param>
/// <param name="End">Where it ends.</param>
/// <param name="Value">Pounds, or the percentage.</param>
/// <param name="IsPercent">True for a percentage.</param>
internal sealed record Figure(int Index, int End, decimal Value, bool IsPercent)
{
    /// <summary>The top of a range that starts at this figure.</summary>
    public decimal? UpTo { get; set; }
}

namespace PdfBench;

/// <summary>The outcome for one file.</summary>
internal sealed record BenchResult(string Name, string Family, double? F1, int Pages, double Milliseconds, string? Failure, bool NoTextExpected, bool NeedsPassword, int TextLength);

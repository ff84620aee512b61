namespace TemplateLibrary.Core.Agreements;

/// <summary>A date found in text: its ISO value to the precision written, its first day, and where it is.</summary>
internal sealed record FactDate(string Value, DateOnly Date, int Index, int Length, bool HasDay);

using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Versions;

/// <summary>A document whose family is being recomputed: its title stem, the family it had, and what orders it.</summary>
internal sealed record Member(long RowId, string Id, string Stem, string? OldFamily, VersionDate Date, DateTimeOffset Modified);

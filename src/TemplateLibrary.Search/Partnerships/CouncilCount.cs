namespace TemplateLibrary.Search.Partnerships;

/// <summary>A council and how many of the matching arrangements it is in.</summary>
/// <param name="Name">The council's name.</param>
/// <param name="Region">Its region id, when the gazetteer knows it.</param>
/// <param name="Arrangements">The number of matching arrangements it is a partner in.</param>
public sealed record CouncilCount(string Name, string? Region, int Arrangements);

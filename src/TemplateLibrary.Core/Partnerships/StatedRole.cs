namespace TemplateLibrary.Core.Partnerships;

/// <summary>A council the text names as the arrangement's host or lead ("hosted by Brackenford", "Eastwold as lead
/// authority").</summary>
/// <param name="Name">The name as written ("Brackenford", "Brackenford District Council").</param>
/// <param name="Role"><c>host</c> or <c>lead</c>.</param>
public sealed record StatedRole(string Name, string Role);

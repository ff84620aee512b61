namespace TemplateLibrary.Search.Model;

/// <summary>The date that orders a document among its versions, and where it was found.</summary>
/// <param name="Value">The date (a year alone is its 1 January).</param>
/// <param name="Source">Where it came from: <c>file-modified</c> (the file's own properties), <c>text</c> (the date the
/// tagger read for its year), <c>file-created</c>, <c>year</c> (the year tag alone) or <c>modified-time</c> (the file
/// system's).</param>
public sealed record VersionDate(DateTimeOffset Value, string Source);

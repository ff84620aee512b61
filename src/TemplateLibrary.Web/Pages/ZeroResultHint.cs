namespace TemplateLibrary.Web.Pages;

/// <summary>A way out of an empty result: a link and what it would find.</summary>
internal sealed record ZeroResultHint(string Text, string Url, int Total);

namespace TemplateLibrary.Core.Tagging;

/// <summary>A piece of a name written in text.</summary>
/// <param name="Text">The piece as written.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Start">Where it starts in the text.</param>
internal readonly record struct NameToken(string Text, NameTokenKind Kind, int Start)
{
    /// <summary>Whether this token separates items of a list: a comma, "and" or "&amp;".</summary>
    public bool IsListSeparator => Kind == NameTokenKind.Comma
        || (Kind == NameTokenKind.Connector && (Text == "&" || Text.Equals("and", StringComparison.OrdinalIgnoreCase)));
}

namespace TemplateLibrary.Search.Querying;

/// <summary>A word, a quoted phrase or a prefix as the user typed it.</summary>
/// <param name="Text">The text (without quotes or the trailing *), never without a letter or digit.</param>
/// <param name="IsPhrase">True for a quoted phrase: its words must appear together, in order.</param>
/// <param name="IsPrefix">True when the (last) word is a prefix: any unstemmed word starting with it matches.</param>
internal sealed record TermNode(string Text, bool IsPhrase, bool IsPrefix) : QueryNode;

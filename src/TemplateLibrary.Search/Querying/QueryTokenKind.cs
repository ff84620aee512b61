namespace TemplateLibrary.Search.Querying;

/// <summary>The kinds of token in a user's query.</summary>
internal enum QueryTokenKind
{
    /// <summary>A bare word, possibly ending in * for a prefix.</summary>
    Word,

    /// <summary>A quoted phrase.</summary>
    Phrase,

    /// <summary>A field filter such as category:legal.</summary>
    Field,

    /// <summary>Upper-case OR.</summary>
    Or,

    /// <summary>Upper-case AND (the default anyway).</summary>
    And,

    /// <summary>Upper-case NOT, or a leading minus.</summary>
    Not,

    /// <summary>An opening parenthesis.</summary>
    Open,

    /// <summary>A closing parenthesis.</summary>
    Close,
}

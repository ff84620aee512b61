namespace TemplateLibrary.Web.Library;

/// <summary>One search result.</summary>
internal sealed record LibraryHit
{
    /// <summary>The document id.</summary>
    public required string Id { get; init; }

    /// <summary>The display title.</summary>
    public required string Title { get; init; }

    /// <summary>The path of the original file.</summary>
    public string Path { get; init; } = "";

    /// <summary>The format id: docx, pdf, md, html, txt, odt.</summary>
    public string Format { get; init; } = "";

    /// <summary>The relevance score; higher is better.</summary>
    public double Score { get; init; }

    /// <summary>The snippet as plain-text segments, matches marked.</summary>
    public IReadOnlyList<TextSegment> Snippet { get; init; } = [];

    /// <summary>The primary service category id.</summary>
    public string? Category { get; init; }

    /// <summary>The delivery model id.</summary>
    public string? Model { get; init; }

    /// <summary>The document type id.</summary>
    public string? Type { get; init; }

    /// <summary>Statutory power ids cited.</summary>
    public IReadOnlyList<string> Powers { get; init; } = [];

    /// <summary>Councils named.</summary>
    public IReadOnlyList<string> Councils { get; init; } = [];

    /// <summary>The document's year.</summary>
    public int? Year { get; init; }
}

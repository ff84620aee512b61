namespace TemplateLibrary.Tools.CorpusBuilder.Sources;

/// <summary>One validated source: its front matter and Markdown body.</summary>
internal sealed record SourceDocument(
    int Number,
    string Slug,
    string Title,
    IReadOnlyList<string> Categories,
    string Model,
    string Type,
    IReadOnlyList<string> Councils,
    int Year,
    IReadOnlyList<string> Powers,
    string Summary,
    OutputFormat Format,
    string Body,
    string SourcePath)
{
    /// <summary>The output file name without extension, e.g. <c>017-shared-audit-mou</c>.</summary>
    public string BaseName => $"{Number:D3}-{Slug}";

    /// <summary>The path of the corpus file relative to corpus/, with forward slashes.</summary>
    public string CorpusPath => $"{Type}/{BaseName}.{OutputFormats.Extension(Format)}";

    /// <summary>The primary service category.</summary>
    public string PrimaryCategory => Categories[0];
}

using Markdig;

namespace TemplateLibrary.Tools.CorpusBuilder.Rendering;

/// <summary>The one Markdig pipeline every renderer uses, so all formats read the same Markdown the same way.</summary>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .Build();
}

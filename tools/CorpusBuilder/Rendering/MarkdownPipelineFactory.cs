using Markdig;

namespace TemplateLibrary.Tools.CorpusBuilder.Rendering;

/// <summary>The one Markdig pipeline every renderer uses, so all formats read the same Markdown the same way.</summary>
/// <remarks>Line breaks inside a paragraph are kept, because sources write metadata blocks
/// (<c>**Date:** …</c> on consecutive lines) that must not run together.</remarks>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();
}

using System.Text.RegularExpressions;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Core.Tests.Ingestion;

/// <summary>A tagger whose cue runs out of time on texts that contain "SLOW", as a real regex cue can under load.</summary>
internal sealed class TimingOutTagger : IDocumentTagger
{
    public IReadOnlyList<Tag> Tag(ExtractedDocument document) =>
        document.Text.Contains("SLOW", StringComparison.Ordinal)
            ? throw new RegexMatchTimeoutException(document.Text, "(a+)+$", TimeSpan.FromSeconds(2))
            : [];
}

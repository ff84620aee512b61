namespace TemplateLibrary.Core.Tagging;

/// <summary>A part of the document the tagger scores separately: the title counts more than the body.</summary>
/// <param name="Name">title, heading, opening or body.</param>
/// <param name="Text">The zone's text.</param>
/// <param name="Weight">The multiplier applied to cue weights found here.</param>
internal sealed record TextZone(string Name, string Text, double Weight)
{
    /// <summary>The zone's lower-case words and where they start: a literal cue whose anchor is missing cannot match here.</summary>
    public Dictionary<string, List<int>> Words { get; } = ZoneWords.Of(Text);
}

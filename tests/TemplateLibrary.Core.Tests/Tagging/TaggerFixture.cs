using TemplateLibrary.Core.Tagging;
using TaxonomyModel = TemplateLibrary.Core.Taxonomy.Taxonomy;

namespace TemplateLibrary.Core.Tests.Tagging;

/// <summary>One tagger over the default taxonomy, shared by the tagging tests.</summary>
internal static class TaggerFixture
{
    public static AutoTagger Tagger { get; } = new(TaxonomyModel.LoadDefault());

    public static TaggingResult Body(string body, string? title = null) =>
        Tagger.Analyze(new TaggingInput { Title = title, Body = body });
}

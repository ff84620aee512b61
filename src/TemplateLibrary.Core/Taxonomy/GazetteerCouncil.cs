namespace TemplateLibrary.Core.Taxonomy;

/// <summary>A council in the gazetteer: a principal council of the UK, one abolished since 2009, or a sample-library council.</summary>
/// <param name="Name">The name the council writes itself, used as the tag value.</param>
/// <param name="Kind">county, district, unitary, metropolitan, london-borough or sui-generis.</param>
/// <param name="Region">The ONS region or nation id (<c>sample</c> for the sample library's fictional councils).</param>
/// <param name="Aliases">Other names in use ("East Herts Council", "Hull City Council").</param>
/// <param name="Abolished">The year the council was abolished, or null while it exists.</param>
/// <param name="Successors">The councils that took over its area, for an abolished council.</param>
public sealed record GazetteerCouncil(
    string Name,
    string Kind,
    string Region,
    IReadOnlyList<string> Aliases,
    int? Abolished,
    IReadOnlyList<string> Successors)
{
    /// <summary>The region id of the sample library's fictional councils.</summary>
    public const string SampleRegion = "sample";

    /// <summary>Whether this is one of the sample library's fictional councils.</summary>
    public bool IsSample => Region == SampleRegion;
}

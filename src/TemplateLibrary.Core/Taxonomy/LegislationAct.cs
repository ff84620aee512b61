using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Taxonomy;

/// <summary>An act or set of regulations that provisions are cited against, with the ways people name it.</summary>
internal sealed record LegislationAct(string Id, TieredRegex NamePattern)
{
    /// <summary>The regex matching the act's names.</summary>
    public Regex Names => NamePattern.Current;
}

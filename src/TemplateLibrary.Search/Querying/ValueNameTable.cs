using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search.Analysis;
using TemplateLibrary.Search.Indexing;

namespace TemplateLibrary.Search.Querying;

/// <summary>The names of facet values a query may contain: taxonomy labels, synonyms and aliases, citations of powers,
/// and the distinctive words of council names.</summary>
internal sealed class ValueNameTable
{
    // Words every council name shares; "Northmere District Council" is found by "Northmere".
    private static readonly string[] CouncilWords =
        ["council", "district", "borough", "county", "city", "metropolitan", "london", "royal", "unitary", "authority", "and", "of", "the", "met"];

    private readonly Dictionary<string, List<ValueName>> byFirstTerm = new(StringComparer.Ordinal);

    private ValueNameTable(IEnumerable<ValueName> names)
    {
        foreach (var name in names)
        {
            if (!byFirstTerm.TryGetValue(name.Terms.Terms[0], out var list))
            {
                byFirstTerm[name.Terms.Terms[0]] = list = [];
            }

            if (!list.Any(n => n.Facet == name.Facet && n.Value == name.Value && n.Terms.Terms.SequenceEqual(name.Terms.Terms)))
            {
                list.Add(name);
            }
        }

        KnownTerms = new HashSet<string>(byFirstTerm.Values.SelectMany(l => l).Where(n => n.Terms.Terms.Count == 1).Select(n => n.Terms.Terms[0]), StringComparer.Ordinal);
    }

    /// <summary>No names.</summary>
    public static ValueNameTable Empty { get; } = new([]);

    /// <summary>The one-word names: never corrected as misspellings.</summary>
    public IReadOnlySet<string> KnownTerms { get; }

    /// <summary>The names the taxonomy gives its values (labels, ids, synonyms, aliases, bare citations of powers).</summary>
    public static ValueNameTable FromTaxonomy(Taxonomy taxonomy, LibraryAnalyzer analyzer)
    {
        var excluded = new HashSet<string>(taxonomy.Search.NotFacetNames, StringComparer.OrdinalIgnoreCase);
        var names = new List<(string Facet, string Value, string Text)>();
        foreach (var facet in new[] { FacetNames.Category, FacetNames.Model, FacetNames.Type })
        {
            foreach (var term in taxonomy.Terms(facet))
            {
                names.Add((facet, term.Id, term.Id.Replace('-', ' ')));
                names.Add((facet, term.Id, term.Label));
                names.AddRange(term.Synonyms.Select(s => (facet, term.Id, s)));
            }
        }

        foreach (var power in taxonomy.Powers)
        {
            names.Add((FacetNames.Power, power.Id, power.Label));
            if (power.BareCitationAllowed && power.Provision is { } provision)
            {
                // "113" is cited "s113"; "reg 12" is "reg12".
                names.Add((FacetNames.Power, power.Id, char.IsAsciiDigit(provision[0]) ? "s" + provision : provision));
            }
        }

        names.AddRange(taxonomy.Search.Aliases.Select(a => (a.Facet, a.Value, a.Text)));
        return new ValueNameTable(names
            .Where(n => !excluded.Contains(n.Text.Trim()))
            .Select(n => (n.Facet, n.Value, Terms: NameTerms(analyzer, n.Text)))
            .Where(n => n.Terms is not null)
            .Select(n => new ValueName(n.Facet, n.Value, n.Terms!)));
    }

    /// <summary>The distinctive words of each council name ("Northmere" for "Northmere District Council"), and the whole name.</summary>
    public static ValueNameTable FromCouncils(IEnumerable<string> councils, LibraryAnalyzer analyzer)
    {
        var generic = new HashSet<string>(CouncilWords.Select(w => NameTerms(analyzer, w)?.Terms[0]).OfType<string>(), StringComparer.Ordinal);
        var names = new List<ValueName>();
        foreach (var council in councils)
        {
            if (NameTerms(analyzer, council) is not { } whole)
            {
                continue;
            }

            names.Add(new ValueName(FacetNames.Council, council, whole));
            var distinctive = whole.Terms.Where(t => !generic.Contains(t)).ToList();
            if (distinctive.Count > 0 && distinctive.Count < whole.Terms.Count)
            {
                names.Add(new ValueName(FacetNames.Council, council, new TermSequence(council, distinctive, [.. Enumerable.Range(0, distinctive.Count)])));
            }
        }

        return new ValueNameTable(names);
    }

    /// <summary>A name or query as the table compares them: unstemmed words ("house" is not "housing") without a plural s
    /// ("business cases" names "business case").</summary>
    public static TermSequence? NameTerms(LibraryAnalyzer analyzer, string text)
    {
        var words = TermSequence.Of(analyzer, IndexFields.Words, text);
        return words is null ? null : words with { Terms = [.. words.Terms.Select(Singular)] };
    }

    /// <summary>A word without its plural s ("cases", "services"); "business", "status" and "analysis" keep theirs.</summary>
    public static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
            ? word[..^1]
            : word;

    /// <summary>The values named by the longest name starting at <paramref name="start"/>, and that name's length.</summary>
    public (int Length, List<ValueName> Names) Match(IReadOnlyList<string> terms, int start)
    {
        if (!byFirstTerm.TryGetValue(terms[start], out var candidates))
        {
            return (0, []);
        }

        var length = 0;
        var found = new List<ValueName>();
        foreach (var name in candidates)
        {
            if (!name.Terms.StartsAt(terms, start) || name.Terms.Terms.Count < length)
            {
                continue;
            }

            if (name.Terms.Terms.Count > length)
            {
                length = name.Terms.Terms.Count;
                found.Clear();
            }

            found.Add(name);
        }

        return (length, found);
    }
}

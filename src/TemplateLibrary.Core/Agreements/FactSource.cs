using System.Text.RegularExpressions;
using TemplateLibrary.Core.Clauses;

namespace TemplateLibrary.Core.Agreements;

/// <summary>The agreement's segments as the fact readers need them: by kind, as sentences, and named for evidence.</summary>
internal sealed partial class FactSource
{
    private readonly IReadOnlyList<Clause> clauses;

    public FactSource(IReadOnlyList<Clause> clauses)
    {
        this.clauses = clauses;
        Units = [.. clauses.Where(c => c.IsUnit)];
        Front = Preamble(clauses);
    }

    /// <summary>The title page and parties: the front matter and any sections before the first clause, as one segment.</summary>
    public Clause? Front { get; }

    /// <summary>The clauses, sections and schedules, in order.</summary>
    public List<Clause> Units { get; }

    /// <summary>The front matter and every unit, in order.</summary>
    public IEnumerable<Clause> All => Front is null ? Units : [Front, .. Units];

    private static Clause? Preamble(IReadOnlyList<Clause> clauses)
    {
        var firstClause = clauses.FirstOrDefault(c => c.Form is ClauseForm.Clause or ClauseForm.Schedule or ClauseForm.Part);
        // The preamble ends at the first clause, or at the first section whose heading names a topic ("Scope", "Charges")
        // after the parties are listed: a title page's "KINGSMERE FACILITIES PARTNERSHIP LIMITED" names no topic.
        var candidates = clauses.Where(c => c.Depth == 0 && (firstClause is null || c.Index < firstClause.Index)).ToList();
        var parties = candidates.FindLastIndex(c => PartiesLine().IsMatch(c.Text));
        var before = new List<Clause>();
        foreach (var (c, i) in candidates.Select((c, i) => (c, i)))
        {
            if (i > parties && c.Form == ClauseForm.Section && c.Kinds.Any(k => k.Evidence.Any(e => e.Where == "heading")))
            {
                break;
            }

            if (c.Form is ClauseForm.Front or ClauseForm.Section)
            {
                before.Add(c);
            }
        }

        if (before.Count == 0)
        {
            return null;
        }

        var first = before[0];
        return first with
        {
            Form = ClauseForm.Front,
            Text = string.Join("\n\n", before.Select(c => c.Text)),
            Length = before[^1].Start + before[^1].Length - first.Start,
        };
    }

    /// <summary>The units given a kind, in order.</summary>
    public IEnumerable<Clause> OfKind(string kind) => Units.Where(u => u.Kinds.Any(k => k.Id == kind));

    /// <summary>
    /// The sentences of a segment: paragraphs, list items and numbered lines count as sentences too, and a line that
    /// continues an unfinished sentence (as PDF text wraps) is joined to it.
    /// </summary>
    public static IEnumerable<string> Sentences(Clause clause) =>
        SentenceBreak().Split(clause.Text).Select(s => LineBreak().Replace(s.Trim(), " ")).Where(s => s.Length > 0);

    /// <summary>Names where a sentence is: the deepest segment under <paramref name="unit"/> that holds it ("clause 2.1", "Schedule 3", "front").</summary>
    public FactEvidence Evidence(Clause unit, string text)
    {
        var best = unit;
        foreach (var c in clauses.Skip(unit.Index + 1))
        {
            if (c.Start >= unit.Start + unit.Length)
            {
                break;
            }

            if (c.Form is ClauseForm.Subclause or ClauseForm.Clause && c.Number is not null && c.Text.Contains(text, StringComparison.Ordinal))
            {
                best = c;
            }
        }

        return new FactEvidence(Shorten(text), Name(best));
    }

    private static string Name(Clause clause) => clause switch
    {
        { Form: ClauseForm.Front } => "front",
        { Number: { } n } when char.IsDigit(n[0]) => "clause " + n,
        { Number: { } n } => n,
        { Heading: { } h } => h,
        _ => clause.Anchor,
    };

    private static string Shorten(string text)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 300 ? text : text[..297] + "...";
    }

    [GeneratedRegex(@"^\W*(?:the\s+)?(?:parties|between)\W*$|\bis\s+made\s+between\b|\bis\s+dated\b.*\bbetween\b", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex PartiesLine();

    // A sentence ends at a full stop or semicolon, a blank line, a numbered or bulleted line, or a line break that does
    // not fall inside a sentence (after a lower-case word or a comma, or before one, the sentence runs on).
    [GeneratedRegex(@"(?<=[.;])\s+(?=[A-Z(""\u201c])|\n[ \t]*\n\s*|\n(?<![a-z,\-]\n)(?![ \t]*[a-z])|\n(?=[ \t]*(?:\(?(?:\d{1,3}(?:\.\d+)*|[a-z]{1,4}|[A-Z])[.)]\s|[-\u2022*\u2013]\s|\d+(?:\.\d+)+\s))", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s*\n\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LineBreak();
}

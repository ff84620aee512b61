using System.Text.RegularExpressions;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Core.Agreements;

/// <summary>
/// Reads the parties from the agreement's front matter ("(1) BRACKENFORD DISTRICT COUNCIL of … ("Brackenford" or the
/// "Host Authority")", "BETWEEN … AND …") and each one's role from the names it is given there, in the definitions
/// ("\"Host Authority\" means Brackenford District Council") and in group names ("together the \"Partner Councils\"").
/// </summary>
internal static partial class PartyReader
{
    private static readonly CouncilRecognizer Councils = new(CouncilGazetteer.LoadDefault());

    private static readonly (string Role, Regex Words)[] RoleWords =
    [
        (PartyRoles.Host, HostWords()),
        (PartyRoles.Lead, LeadWords()),
        (PartyRoles.Employing, EmployingWords()),
        (PartyRoles.Company, CompanyWords()),
        (PartyRoles.Provider, ProviderWords()),
        (PartyRoles.Purchaser, PurchaserWords()),
        (PartyRoles.Shareholder, ShareholderWords()),
        (PartyRoles.Partner, PartnerWords()),
    ];

    public static List<AgreementParty> Read(FactSource source)
    {
        if (source.Front is not { } front)
        {
            return [];
        }

        var entries = Entries(front.Text);
        var parties = new List<(string Name, List<string> Aliases, HashSet<string> Roles, string Entry)>();
        foreach (var entry in entries)
        {
            if (NameOf(entry) is not { } name || parties.Any(p => p.Name == name))
            {
                continue;
            }

            var aliases = Quoted().Matches(entry).Concat(UnquotedAlias().Matches(entry)).Select(m => m.Groups["q"].Value).ToList();
            // "… (the "Lead Authority")", "… as Lead Authority", "…, which is also the Administering Authority".
            var roles = new HashSet<string>(RolesIn([.. aliases, .. EntryRole().Matches(entry).Select(m => m.Groups["q"].Value)]), StringComparer.Ordinal);

            parties.Add((name, aliases, roles, entry));
        }

        if (parties.Count == 0)
        {
            // Constitutions and short MOUs name the councils without a parties clause.
            foreach (var council in Councils.Find([new TextZone("opening", front.Text, 1)]))
            {
                var at = front.Text.IndexOf(council.Evidence[0].Phrase, StringComparison.Ordinal);
                var after = at < 0 ? string.Empty : front.Text[(at + council.Evidence[0].Phrase.Length)..Math.Min(front.Text.Length, at + council.Evidence[0].Phrase.Length + 40)];
                var alias = Quoted().Match(after);
                var roles = new HashSet<string>(alias.Success && after.TrimStart().StartsWith('(') ? RolesIn([alias.Groups["q"].Value]) : [], StringComparer.Ordinal);
                parties.Add((council.Name, [], roles, council.Evidence[0].Phrase));
            }
        }

        if (parties.Count == 0)
        {
            return [];
        }

        // Group names after the list, and definitions in the body, give roles to the parties they name.
        var statements = FactSource.Sentences(front).Concat(source.OfKind("definitions").SelectMany(FactSource.Sentences));
        foreach (var sentence in statements)
        {
            foreach (Match m in NamedAs().Matches(sentence).Concat(UnquotedDefinition().Matches(sentence)))
            {
                var roles = RolesIn([m.Groups["q"].Value]).ToList();
                if (roles.Count == 0)
                {
                    continue;
                }

                string scope;
                if (m.Groups["def"].Success)
                {
                    var rest = sentence[(m.Index + m.Length)..];
                    var stop = rest.IndexOfAny([';', '.', '(']);
                    scope = rest[..(stop < 0 ? Math.Min(rest.Length, 100) : stop)];
                }
                else
                {
                    // A group name ("together the "Partner Councils"") covers the names before it in its own clause.
                    var before = sentence[..m.Index];
                    if (!GroupLead().IsMatch(before[Math.Max(0, before.Length - 40)..]))
                    {
                        continue;
                    }

                    var open = before.LastIndexOf('(');
                    scope = open >= 0 ? before[(open + 1)..] : before;
                }

                foreach (var party in parties.Where(p => Mentions(scope, p.Name, p.Aliases)))
                {
                    party.Roles.UnionWith(roles);
                }
            }
        }

        // A role stated of a party anywhere in the agreement: "Kingsmere is the host council".
        foreach (var sentence in source.All.SelectMany(FactSource.Sentences))
        {
            foreach (Match m in RoleStatement().Matches(sentence))
            {
                var roles = RolesIn([m.Groups["q"].Value]).ToList();
                foreach (var party in parties.Where(p => Names(m.Groups["who"].Value, p.Name, p.Aliases)))
                {
                    party.Roles.UnionWith(roles);
                }
            }
        }

        foreach (var party in parties.Where(p => p.Roles.Count == 0 && CompanyName().IsMatch(p.Name)))
        {
            party.Roles.Add(parties.Any(p => p.Roles.Contains(PartyRoles.Purchaser)) ? PartyRoles.Provider : PartyRoles.Company);
        }

        if (parties.Any(p => p.Roles.Contains(PartyRoles.Provider)))
        {
            foreach (var party in parties.Where(p => p.Roles.Count == 0))
            {
                party.Roles.Add(PartyRoles.Purchaser);
            }
        }

        var shareholders = source.Units.Any(u => ShareholderWords().IsMatch(u.Heading ?? string.Empty)) || parties.Any(p => p.Roles.Contains(PartyRoles.Shareholder));
        return [.. parties.Select(p =>
        {
            var role = PartyRoles.All.FirstOrDefault(p.Roles.Contains)
                ?? (shareholders && !p.Roles.Contains(PartyRoles.Company) ? PartyRoles.Shareholder : PartyRoles.Partner);
            return new AgreementParty(p.Name, role, source.Evidence(front, p.Entry));
        })];
    }

    /// <summary>The party entries: numbered lines after "BETWEEN" or "Parties", "NAME (1)" lines, or "between X and Y".</summary>
    private static List<string> Entries(string front)
    {
        var lines = front.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var entries = new List<string>();
        var between = Array.FindIndex(lines, l => BetweenLine().IsMatch(l));
        foreach (var line in between >= 0 ? lines.Skip(between + 1) : lines)
        {
            var m = NumberedEntry().Match(line);
            if (m.Success)
            {
                entries.Add(m.Groups["entry"].Value);
                continue;
            }

            if (entries.Count > 0 && Unclosed(entries[^1]))
            {
                // A PDF line wraps inside the entry's bracket: (the "Lead / Authority").
                entries[^1] += " " + line;
                continue;
            }

            m = TrailingNumberEntry().Match(line);
            if (m.Success)
            {
                entries.Add(m.Groups["entry"].Value);
            }
        }

        if (entries.Count == 0 && between >= 0)
        {
            // "BETWEEN X of … and Y of …" on its own lines without numbers: each line up to "AND" is a party.
            foreach (var line in lines.Skip(between + 1).TakeWhile(l => !AgreedLine().IsMatch(l)).Take(8))
            {
                if (line.Equals("and", StringComparison.OrdinalIgnoreCase) || line.Length < 6)
                {
                    continue;
                }

                entries.Add(line);
            }
        }

        if (entries.Count == 0)
        {
            var inline = InlineBetween().Match(front);
            if (inline.Success)
            {
                entries.AddRange(AndSplit().Split(inline.Groups["list"].Value).Select(s => s.Trim()).Where(s => s.Length > 3));
            }
        }

        return entries;
    }

    private static string? NameOf(string entry)
    {

        var cut = NameEnd().Match(entry);
        var name = (cut.Success ? entry[..cut.Index] : entry).Trim(' ', ',', ';', '.', '"', '\u201c', '\u201d');
        name = LeadingThe().Replace(name, string.Empty);
        // "Date: 19 October 2018" and a stray "Councils")" under the parties are no party.
        if (name.Length is < 3 or > 120 || !char.IsLetter(name[0]) || name.IndexOfAny([':', '(', ')', '"', '\u201c', '\u201d']) >= 0)
        {
            return null;
        }

        var councils = Councils.Find([new TextZone("opening", PartyNameCase.TitleCaseCapitals(name), 1)]);
        return councils.Count == 1 ? councils[0].Name : PartyNameCase.Normalise(name);
    }

    private static IEnumerable<string> RolesIn(IEnumerable<string> names) =>
        names.SelectMany(n => RoleWords.Where(r => r.Words.IsMatch(n)).Select(r => r.Role));

    private static bool Mentions(string text, string name, List<string> aliases) =>
        text.Contains(name, StringComparison.OrdinalIgnoreCase)
        || aliases.Any(a => a.Length > 2 && !RolesIn([a]).Any() && Regex.IsMatch(text, @"\b" + Regex.Escape(a) + @"\b", RegexOptions.None, TimeSpan.FromSeconds(1)));

    private static bool Unclosed(string entry) =>
        entry.Count(c => c == '(') > entry.Count(c => c == ')') || entry.Count(c => c == '"') % 2 == 1 || entry.Count(c => c == '\u201c') > entry.Count(c => c == '\u201d');

    /// <summary>True when <paramref name="who"/> is the party: its name or one of its aliases that is not a role.</summary>
    private static bool Names(string who, string name, List<string> aliases)
    {
        // The subject may follow other capitalised words ("Accordingly Kingsmere is the host council"): try each tail.
        var words = who.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Enumerable.Range(0, words.Length).Select(i => string.Join(' ', words[i..])).Any(bare =>
            bare.Equals(name, StringComparison.OrdinalIgnoreCase)
            || (bare.Length > 3 && ShortName().Match(name) is { Success: true } m && m.Groups["short"].Value.Equals(bare, StringComparison.OrdinalIgnoreCase))
            || aliases.Any(a => a.Length > 2 && !RolesIn([a]).Any() && LeadingThe().Replace(a, string.Empty).Equals(bare, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>A council's name without its kind: "Kingsmere" of "Kingsmere County Council", "Elmsworth" of "Royal Borough of Elmsworth".</summary>
    [GeneratedRegex(@"^(?:(?:Royal|London)\s+Borough\s+of\s+|City\s+of\s+)(?<short>.+)$|^(?<short>.+?)\s+(?:(?:County|District|Borough|City|Metropolitan\s+Borough|Unitary|Town|Parish)\s+)?Council$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortName();

    /// <summary>"(the Council)", "(the CCG)": a short name given without quotes, as bold or italic terms come out of Markdown.</summary>
    [GeneratedRegex(@"\((?:the\s+)?(?<q>[A-Z][\w'\u2019]*(?:\s+[A-Z][\w'\u2019]*){0,3})\)", RegexOptions.CultureInvariant)]
    private static partial Regex UnquotedAlias();

    /// <summary>A role the party entry gives after the name: "as Lead Authority", "which is also the Administering Authority".</summary>
    [GeneratedRegex(@"(?:\bas|\b(?:which|who)\s+(?:is|shall\s+be|will\s+be|acts\s+as)(?:\s+also)?)\s+(?:the\s+)?(?<q>[A-Z][\w'\u2019]*(?:\s+[A-Z][\w'\u2019]*){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex EntryRole();

    /// <summary>"Kingsmere is the host council", "Westcombe shall act as lead commissioner".</summary>
    [GeneratedRegex(@"(?<who>\b[A-Z][\w'\u2019]*(?:\s+[A-Z][\w'\u2019]*){0,4})\s+(?:is|shall\s+be|will\s+be|acts\s+as|shall\s+act\s+as|will\s+act\s+as)\s+(?:also\s+)?(?:the\s+)?(?<q>(?i:host|lead|administering|accountable|employing|seconding)\s+(?i:council|authority|body|commissioner|partner|employer))\b", RegexOptions.CultureInvariant)]
    private static partial Regex RoleStatement();

    [GeneratedRegex(@"^(?:between|parties|the\s+parties(?:\s+to\s+this\s+agreement)?(?:\s+are)?)\s*:?$|^between\s*:|^this\s+(?:agreement|memorandum|deed)\b.*\bbetween\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BetweenLine();

    [GeneratedRegex(@"^(?:\(\d{1,2}\)|\d{1,2}[.)])\s+(?<entry>.{4,})$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedEntry();

    [GeneratedRegex(@"^(?<entry>[A-Z][A-Z0-9&'\u2019.,\- ]{5,}?)\s*\(\d{1,2}\)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingNumberEntry();

    [GeneratedRegex(@"^(?:it\s+is\s+agreed|now\s+it\s+is|background|recitals|whereas|introduction)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgreedLine();

    [GeneratedRegex(@"\b(?:is\s+made\s+)?between\s+(?<list>[^.:]{10,400}?)(?:\.|:|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineBetween();

    [GeneratedRegex(@",?\s+and\s+|;\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndSplit();

    [GeneratedRegex(@"(?<!Burgesses|Borough|City|County|Council)\s+of\s+(?=[A-Z\d]|the\s)|\s+whose\b|\s*\(|\s*,|\s*;|\s+a\s+company\b|\s+incorporated\b|\s+registered\b|\s+acting\b|\s+as\s+(?:host|lead)|\s*\[", RegexOptions.CultureInvariant)]
    private static partial Regex NameEnd();

    [GeneratedRegex(@"^the\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingThe();

    [GeneratedRegex(@"[""\u201c](?<q>[^""\u201d]{2,60})[""\u201d]", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    /// <summary>"… together the "Partner Councils"" (names before) or ""Host Authority" means …" (names after, group def).</summary>
    [GeneratedRegex(@"[""\u201c](?<q>[^""\u201d]{2,60})[""\u201d](?<def>\s+(?:means|shall\s+mean|is)\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex NamedAs();

    [GeneratedRegex(@"\b(?:together|each|collectively|jointly|being|both)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GroupLead();

    /// <summary>A definition without quotes, as italic terms come out of Markdown: "Employing Council means Northmere…".</summary>
    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\s+)?(?<q>[A-Z][\w'\u2019]*(?:\s+[A-Z][\w'\u2019]*){0,3})(?<def>\s+(?:means|shall\s+mean)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex UnquotedDefinition();

    [GeneratedRegex(@"\b(?:limited|ltd|llp|plc|cic|company)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanyName();

    [GeneratedRegex(@"\bhost\b|\bhosting\b|\badministering\b|\baccountable\s+body\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostWords();

    [GeneratedRegex(@"\blead\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadWords();

    [GeneratedRegex(@"\bemploy(?:ing|er)\b|\bseconding\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmployingWords();

    [GeneratedRegex(@"^(?:the\s+)?company$|\bcompany\b(?!\s+secretary)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanyWords();

    [GeneratedRegex(@"\b(?:provider|supplier|contractor|service\s+provider|operator|trust)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProviderWords();

    [GeneratedRegex(@"\b(?:purchaser|customer|client|commissioner|recipient|receiving|authority\s+purchaser)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PurchaserWords();

    [GeneratedRegex(@"\bshareholders?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareholderWords();

    [GeneratedRegex(@"\bpartners?\b|\bpartner\s+(?:councils?|authorit(?:y|ies))\b|\bparticipating\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartnerWords();
}

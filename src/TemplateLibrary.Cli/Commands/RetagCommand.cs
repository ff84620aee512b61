using System.CommandLine;
using System.Globalization;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib retag ID --category ID ...`: a librarian's correction, kept across re-ingests.</summary>
internal sealed class RetagCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var id = new Argument<string>("ID") { Description = "The document id." };
        var facets = new Dictionary<string, Option<string[]>>
        {
            [FacetNames.Category] = new("--category") { Description = "Service category id(s); the first is primary.", Arity = ArgumentArity.OneOrMore },
            [FacetNames.Model] = new("--model") { Description = "Delivery model id.", Arity = ArgumentArity.OneOrMore },
            [FacetNames.Type] = new("--type") { Description = "Document type id.", Arity = ArgumentArity.OneOrMore },
            [FacetNames.Power] = new("--power") { Description = "Statutory power id(s).", Arity = ArgumentArity.OneOrMore },
            [FacetNames.Council] = new("--council") { Description = "Council name(s).", Arity = ArgumentArity.OneOrMore },
            [FacetNames.Partner] = new("--partner") { Description = "Partner body name(s): NHS, police, fire, combined authority, parish council.", Arity = ArgumentArity.OneOrMore },
            [FacetNames.Year] = new("--year") { Description = "Year.", Arity = ArgumentArity.ExactlyOne },
        };
        var command = new Command("retag", "Correct a document's tags; corrections beat the manifest and the tagger and survive re-ingests.") { id };
        foreach (var option in facets.Values)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => guard(context =>
        {
            using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
            var vocabulary = new TaxonomyVocabulary(services.Taxonomy);
            var documentId = parse.GetValue(id)!;
            var changes = facets
                .Select(pair => (Facet: pair.Key, Values: parse.GetValue(pair.Value) ?? []))
                .Where(pair => pair.Values.Length > 0)
                .ToList();
            if (changes.Count == 0)
            {
                throw new UsageException("say what to correct, e.g. --category legal");
            }

            foreach (var (facet, values) in changes)
            {
                var resolved = values.Select(v => Resolve(vocabulary, facet, v)).Distinct(StringComparer.Ordinal).ToList();
                services.Index.SetLibrarianTags(documentId, facet, resolved);
                context.Output.WriteLine($"{documentId}: {facet} = {string.Join("; ", resolved)}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Resolve(TaxonomyVocabulary vocabulary, string facet, string value)
    {
        if (facet == FacetNames.Year)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100
                ? year.ToString(CultureInfo.InvariantCulture)
                : throw new UsageException($"--year '{value}' is not a year between 1900 and 2100");
        }

        if (vocabulary.TryResolve(facet, value, out var id))
        {
            return id;
        }

        var replacements = vocabulary.Replacements(facet, value);
        throw new UsageException(replacements.Count > 0
            ? $"--{facet} '{value}' is no longer a value: it was split into {string.Join(", ", replacements)}; use the one that fits"
            : $"--{facet} '{value}' is not a known value; allowed: {string.Join(", ", vocabulary.AllowedValues(facet))}");
    }
}

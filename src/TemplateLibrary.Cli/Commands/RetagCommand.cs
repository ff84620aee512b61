using System.CommandLine;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Web.Audit;
using TemplateLibrary.Core.Errors;
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
            var documentId = parse.GetValue(id)!;
            var changes = facets
                .Select(pair => (Facet: pair.Key, Values: parse.GetValue(pair.Value) ?? []))
                .Where(pair => pair.Values.Length > 0)
                .ToList();
            if (changes.Count == 0)
            {
                throw new UsageException("say what to correct, e.g. --category legal");
            }

            // Every value is checked before any facet is written, so a bad one changes nothing.
            var resolved = changes.Select(c => (c.Facet, Values: services.Correction.Resolve(c.Facet, c.Values))).ToList();
            _ = services.Index.GetDocument(documentId) ?? throw new DocumentNotFoundException(documentId);
            foreach (var (facet, values) in resolved)
            {
                services.Correction.Correct(documentId, facet, values, AuditActions.CommandLineUser);
                context.Output.WriteLine($"{documentId}: {facet} = {string.Join("; ", values)}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}

using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Core.Taxonomy;

/// <summary>The "search" section: citation units, synonyms, question words and aliases.</summary>
internal sealed partial class TaxonomyParser
{
    public SearchVocabulary Search { get; private set; } = SearchVocabulary.Empty;

    private void ParseSearch(PositionedJsonNode node)
    {
        Expect(node, JsonNodeKind.Object, "\"search\"");
        CheckKeys(node, "\"search\"", "citations", "synonyms", "questionWords", "aliases", "notFacetNames", "note");
        var citations = new List<CitationUnit>();
        if (node.Member("citations") is { } citationList)
        {
            Expect(citationList, JsonNodeKind.Array, "\"citations\"");
            foreach (var item in citationList.Items)
            {
                Expect(item, JsonNodeKind.Object, "a citation unit");
                CheckKeys(item, "citation unit", "unit", "words");
                var unitNode = Required(item, "unit", JsonNodeKind.String);
                var unit = NonEmpty(unitNode, unitNode.StringValue, "\"unit\"");
                if (!unit.All(char.IsAsciiLetterLower))
                {
                    throw Error(unitNode, $"bad citation unit \"{unit}\" (use lower-case letters, such as \"s\" or \"reg\").");
                }

                var words = Strings(Required(item, "words", JsonNodeKind.Array), "words");
                if (words.Count == 0 || words.Any(w => !w.All(char.IsAsciiLetter)))
                {
                    throw Error(item, $"the citation unit \"{unit}\" needs \"words\" made of letters (such as \"section\").");
                }

                citations.Add(new CitationUnit(unit, words));
            }
        }

        var synonyms = new List<IReadOnlyList<string>>();
        if (node.Member("synonyms") is { } groups)
        {
            Expect(groups, JsonNodeKind.Array, "\"synonyms\"");
            foreach (var group in groups.Items)
            {
                var expressions = Strings(group, "a synonym group");
                if (expressions.Count < 2)
                {
                    throw Error(group, "a synonym group needs two or more expressions.");
                }

                synonyms.Add(expressions);
            }
        }

        var aliases = new List<SearchAlias>();
        if (node.Member("aliases") is { } aliasList)
        {
            Expect(aliasList, JsonNodeKind.Array, "\"aliases\"");
            foreach (var item in aliasList.Items)
            {
                aliases.Add(ParseAlias(item));
            }
        }

        Search = new SearchVocabulary
        {
            Citations = citations,
            Synonyms = synonyms,
            QuestionWords = Strings(node.Member("questionWords"), "questionWords"),
            Aliases = aliases,
            NotFacetNames = Strings(node.Member("notFacetNames"), "notFacetNames"),
        };
    }

    private SearchAlias ParseAlias(PositionedJsonNode item)
    {
        Expect(item, JsonNodeKind.Object, "an alias");
        CheckKeys(item, "alias", "text", "facet", "value");
        var text = RequiredString(item, "text");
        var facetNode = Required(item, "facet", JsonNodeKind.String);
        var facet = facetNode.StringValue!;
        var valueNode = Required(item, "value", JsonNodeKind.String);
        var value = valueNode.StringValue!;
        var known = facet == FacetNames.Power
            ? Powers.Any(p => p.Id == value)
            : Facets.TryGetValue(facet, out var terms) ? terms.Any(t => t.Id == value) : throw Error(facetNode, $"unknown facet \"{facet}\" (expected category, model, type or power).");
        return known ? new SearchAlias(text, facet, value) : throw Error(valueNode, $"unknown {facet} \"{value}\".");
    }
}

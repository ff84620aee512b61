using Lucene.Net.Index;
using Lucene.Net.Search;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Analysis;
using TemplateLibrary.Search.Indexing;

namespace TemplateLibrary.Search.Querying;

/// <summary>Makes a parsed query into Lucene queries with the library's analyzer.</summary>
/// <remarks>
/// Plain words are read as a practitioner's question: question words ("how do we") are dropped, synonyms and citations
/// are recognised across words ("memorandum of understanding", "section 113"), each remaining word or concept may match in
/// the title, headings or text, and a minimum that rises with the query's length must match. Documents holding the words
/// together, or carrying a facet value the query names, rank higher. Quoted phrases and parenthesised groups must match;
/// OR, -word and prefix* work as typed.
/// </remarks>
internal sealed class LuceneQueryBuilder
{
    // The close spellings a misspelt word may match: the most frequent few are what was meant.
    private const int MostSpellings = 8;

    private readonly IndexReader reader;
    private readonly LibraryAnalyzer analyzer;
    private readonly SynonymTable synonyms;
    private readonly ValueNameTable names;
    private readonly ValueNameTable councils;
    private readonly IReadOnlySet<string> questionWords;
    private readonly RankingSettings ranking;
    private readonly List<Query> highlight = [];
    private readonly List<MultiTermQuery> expansions = [];
    private readonly List<string> correctable = [];
    private readonly List<string> content = [];
    private readonly List<(ValueName, string)> understood = [];
    private readonly List<Query> boosts = [];
    private bool dropQuestionWords;

    /// <summary>Creates a builder for one query over a reader (whose word statistics it consults).</summary>
    public LuceneQueryBuilder(IndexReader reader, LibraryAnalyzer analyzer, SynonymTable synonyms, ValueNameTable names, ValueNameTable councils, IReadOnlySet<string> questionWords, RankingSettings ranking)
    {
        this.reader = reader;
        this.analyzer = analyzer;
        this.synonyms = synonyms;
        this.names = names;
        this.councils = councils;
        this.questionWords = questionWords;
        this.ranking = ranking;
    }

    /// <summary>The plan for a parsed query tree (null: browse).</summary>
    public QueryPlan Build(QueryNode? tree)
    {
        if (tree is null)
        {
            return QueryPlan.None;
        }

        var children = tree is AndNode and ? and.Children : [tree];
        var positives = children.Where(c => c is not NotNode).ToList();
        var plainWords = positives.OfType<TermNode>().Where(IsPlainWord).SelectMany(t => Words(t.Text)).ToList();
        dropQuestionWords = positives.Count > plainWords.Count || plainWords.Any(w => !questionWords.Contains(w.ToLowerInvariant()));

        var (required, optional) = Clauses(positives, strict: false);

        // Coordination: a document matching more of the words scores more (see LibrarySimilarity.Coord).
        var match = new BooleanQuery(disableCoord: false);
        required.ForEach(q => match.Add(q, Occur.MUST));
        optional.ForEach(q => match.Add(q, Occur.SHOULD));
        if (optional.Count > 0)
        {
            match.MinimumNumberShouldMatch = ranking.MinimumShouldMatch(optional.Count);
        }

        var negatives = children.OfType<NotNode>().Select(n => Node(n.Child)).OfType<Query>().ToList();
        var hasText = required.Count + optional.Count > 0;
        if (!hasText && negatives.Count == 0)
        {
            return QueryPlan.None;
        }

        var query = new BooleanQuery(disableCoord: true);
        query.Add(hasText ? match : new MatchAllDocsQuery(), Occur.MUST);
        boosts.ForEach(b => query.Add(b, Occur.SHOULD));
        negatives.ForEach(n => query.Add(n, Occur.MUST_NOT));
        return new QueryPlan
        {
            Match = query,
            HasText = hasText,
            Highlight = highlight,
            Expansions = expansions,
            CorrectableWords = correctable,
            ContentWords = content,
            Understood = understood,
        };
    }

    private static bool IsPlainWord(QueryNode node) => node is TermNode { IsPhrase: false, IsPrefix: false };

    private static IEnumerable<string> Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    // Required clauses must match; optional ones count towards the minimum. Runs of plain words are read together.
    private (List<Query> Required, List<Query> Optional) Clauses(IReadOnlyList<QueryNode> nodes, bool strict)
    {
        var required = new List<Query>();
        var optional = new List<Query>();
        var run = new List<string>();
        void Flush()
        {
            if (run.Count > 0)
            {
                (strict ? required : optional).AddRange(Run(string.Join(' ', run)));
                run.Clear();
            }
        }

        foreach (var node in nodes)
        {
            if (node is NotNode)
            {
                continue;
            }

            if (node is TermNode term && IsPlainWord(term))
            {
                run.AddRange(Words(term.Text));
                continue;
            }

            Flush();
            if (node is TermNode typed)
            {
                content.Add(typed.IsPhrase ? $"\"{typed.Text}\"" : typed.Text + (typed.IsPrefix ? "*" : string.Empty));
            }

            if (Node(node) is { } query)
            {
                var mustMatch = strict || node is TermNode { IsPhrase: true } or AndNode;
                (mustMatch ? required : optional).Add(query);
            }
        }

        Flush();
        return (required, optional);
    }

    private Query? Node(QueryNode node)
    {
        switch (node)
        {
            case TermNode { IsPrefix: true } prefix:
                return Prefix(prefix);
            case TermNode { IsPhrase: true } phrase:
                var tokens = TextAnalysis.OnePerPosition(TextAnalysis.Analyze(analyzer, IndexFields.Body, phrase.Text));
                return tokens.Count == 0 ? null : Text(tokens, slop: 0);
            case TermNode term:
                return Group(Run(term.Text), Occur.MUST);
            case OrNode or:
                return Group(or.Children.Select(Node).OfType<Query>().ToList(), Occur.SHOULD);
            case AndNode and:
                var (required, optional) = Clauses(and.Children, strict: true);
                var group = Group([.. required, .. optional], Occur.MUST);
                var excluded = and.Children.OfType<NotNode>().Select(n => Node(n.Child)).OfType<Query>().ToList();
                if (group is null || excluded.Count == 0)
                {
                    return group;
                }

                var withExclusions = new BooleanQuery(disableCoord: true) { { group, Occur.MUST } };
                excluded.ForEach(e => withExclusions.Add(e, Occur.MUST_NOT));
                return withExclusions;
            default:
                // A negation inside OR ("legal OR -ict") has nothing to add to what the OR finds.
                return null;
        }
    }

    private static Query? Group(List<Query> queries, Occur occur)
    {
        if (queries.Count <= 1)
        {
            return queries.FirstOrDefault();
        }

        var group = new BooleanQuery(disableCoord: true);
        queries.ForEach(q => group.Add(q, occur));
        return group;
    }

    // A run of plain words: one clause per word or recognised concept.
    private List<Query> Run(string text)
    {
        var words = Words(text).Where(w => !dropQuestionWords || !questionWords.Contains(w.ToLowerInvariant())).ToList();
        var runText = string.Join(' ', words);
        var tokens = TextAnalysis.OnePerPosition(TextAnalysis.Analyze(analyzer, IndexFields.Body, runText));
        var wordStarts = new List<int>();
        for (var i = 0; i < runText.Length; i++)
        {
            if (runText[i] != ' ' && (i == 0 || runText[i - 1] == ' '))
            {
                wordStarts.Add(i);
            }
        }

        int WordOf(int offset) => wordStarts.FindLastIndex(s => s <= offset);
        string Typed(int first, int last) => string.Join(' ', words.Skip(first).Take(last - first + 1));
        string TypedTokens(int first, int last) => Typed(WordOf(tokens[first].Start), WordOf(tokens[last].End - 1));

        var terms = tokens.Select(t => t.Term).ToList();
        // Facet values are named in plain words ("house" must not name housing): the same tokens, unstemmed.
        var plain = TextAnalysis.OnePerPosition(TextAnalysis.Analyze(analyzer, IndexFields.Words, runText));
        var nameTerms = plain.Count == tokens.Count ? plain.Select(t => ValueNameTable.Singular(t.Term)).ToList() : terms;
        var clauses = new List<Query>();
        var index = 0;
        while (index < tokens.Count)
        {
            var token = tokens[index];
            var synonym = synonyms.Match(terms, index);
            var (nameLength, named) = Named(nameTerms, index);
            var length = Math.Max(synonym?.Length ?? 0, nameLength);
            if (length > 0)
            {
                // A concept: a synonym group or a facet value's name ("business case", "MOU", "Northmere"). Its words
                // match as a phrase, any other expression of the group, or the tag itself: one clause.
                var concept = new DisjunctionMaxQuery(ranking.FieldTieBreaker) { Text(tokens.GetRange(index, length), slop: 0) };
                var typed = TypedTokens(index, index + length - 1);
                if (synonym is { } group && group.Length == length)
                {
                    foreach (var expression in group.Group)
                    {
                        concept.Add(Text([.. expression.Terms.Select((t, i) => new AnalyzedToken(t, expression.Positions[i], 0, 0, false))], slop: 0));
                        if (ValueNameTable.NameTerms(analyzer, expression.Text) is { } expressionName
                            && Named(expressionName.Terms, 0) is var (l, n) && l == expressionName.Terms.Count)
                        {
                            named.AddRange(n);
                        }
                    }
                }

                foreach (var name in named.DistinctBy(n => (n.Facet, n.Value)))
                {
                    concept.Add(Tagged(name, ranking.UnderstoodMatch));
                    Understood(name, typed);
                }

                clauses.Add(concept);
                content.Add(typed);
                index += length;
                continue;
            }

            // Tokens of one typed word ("e-mail", "co-operation") form a phrase.
            var end = index + 1;
            while (end < tokens.Count && WordOf(tokens[end].Start) == WordOf(token.Start) && !tokens[end].IsCitation && !token.IsCitation)
            {
                end++;
            }

            var word = TypedTokens(index, end - 1);
            clauses.Add(Word(tokens.GetRange(index, end - index), word));

            content.Add(word);
            if (!token.IsCitation && end - index == 1 && !synonyms.KnownTerms.Contains(token.Term) && !names.KnownTerms.Contains(token.Term)
                && !word.Any(char.IsDigit) && !word.Contains(' ', StringComparison.Ordinal))
            {
                correctable.Add(word.ToLowerInvariant());
            }

            index = end;
        }

        if (tokens.Count > 1)
        {
            if (ranking.PhraseBoost > 0)
            {
                boosts.Add(Phrase(IndexFields.Body, tokens, ranking.PhraseSlop, ranking.PhraseBoost));
            }

            if (ranking.TitlePhraseBoost > 0)
            {
                boosts.Add(Phrase(IndexFields.Title, tokens, ranking.PhraseSlop, ranking.TitlePhraseBoost));
            }
        }

        return clauses;
    }

    // The facet values named by the longest name (taxonomy or council) starting at a term.
    private (int Length, List<ValueName> Names) Named(IReadOnlyList<string> terms, int start)
    {
        var fromTaxonomy = names.Match(terms, start);
        var fromCouncils = councils.Match(terms, start);
        return fromCouncils.Length > fromTaxonomy.Length ? fromCouncils : fromTaxonomy;
    }

    // A facet value the words name: the documents carrying it rank higher, and it is offered as a filter.
    private void Understood(ValueName name, string words)
    {
        if (understood.Any(u => u.Item1.Facet == name.Facet && u.Item1.Value == name.Value))
        {
            return;
        }

        understood.Add((name, words));
        boosts.Add(Tagged(name, BoostOf(name)));
    }

    private float BoostOf(ValueName name) => name.Facet is FacetNames.Type or FacetNames.Model ? ranking.GenreBoost : ranking.UnderstoodBoost;

    private static Query Tagged(ValueName name, float boost) =>
        new ConstantScoreQuery(new TermQuery(new Term(name.Facet, name.Value))) { Boost = boost };

    // A word (or the tokens of one typed word); a word no document holds is probably misspelt, so its close spellings match too.
    private Query Word(List<AnalyzedToken> tokens, string typed)
    {
        var text = Text(tokens, slop: 0);
        if (tokens.Count != 1 || tokens[0].IsCitation)
        {
            return text;
        }

        var lower = typed.ToLowerInvariant();
        if (reader.DocFreq(new Term(IndexFields.Body, tokens[0].Term)) > 0 || lower.Length < 4 || !lower.All(char.IsLetter) || reader.DocFreq(new Term(IndexFields.Words, lower)) > 0)
        {
            return text;
        }

        var fuzzy = new FuzzyQuery(new Term(IndexFields.Words, lower), lower.Length <= 5 ? 1 : 2, prefixLength: 1, maxExpansions: MostSpellings, transpositions: true) { Boost = ranking.FuzzyBoost };
        expansions.Add(fuzzy);
        return new DisjunctionMaxQuery(ranking.FieldTieBreaker) { text, fuzzy };
    }

    // A word or phrase in the title, headings or text, the best field counting.
    private Query Text(List<AnalyzedToken> tokens, int slop)
    {
        var best = new DisjunctionMaxQuery(ranking.FieldTieBreaker)
        {
            Phrase(IndexFields.Title, tokens, slop, ranking.TitleBoost),
            Phrase(IndexFields.Headings, tokens, slop, ranking.HeadingsBoost),
            Phrase(IndexFields.Body, tokens, slop, 1f),
        };
        highlight.Add(Phrase(IndexFields.Body, tokens, slop, 1f));
        return best;
    }

    private static Query Phrase(string field, List<AnalyzedToken> tokens, int slop, float boost)
    {
        if (tokens.Count == 1)
        {
            return new TermQuery(new Term(field, tokens[0].Term)) { Boost = boost };
        }

        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        var first = tokens[0].Position;
        foreach (var token in tokens)
        {
            phrase.Add(new Term(field, token.Term), token.Position - first);
        }

        return phrase;
    }

    // prefix*: the unstemmed words of the index, so "cas*" finds "casework" and "cases" but not the stem of "casual".
    private Query? Prefix(TermNode node)
    {
        var tokens = TextAnalysis.OnePerPosition(TextAnalysis.Analyze(analyzer, IndexFields.Words, node.Text));
        var last = tokens.Count > 0 && tokens[^1].End >= node.Text.TrimEnd().Length
            ? tokens[^1].Term
            : new string(node.Text.Reverse().TakeWhile(char.IsLetterOrDigit).Reverse().ToArray()).ToLowerInvariant();
        if (last.Length < 2)
        {
            return null;
        }

        var prefix = new PrefixQuery(new Term(IndexFields.Words, last));
        expansions.Add(prefix);
        var whole = tokens.Count > 0 && tokens[^1].Term == last ? tokens.Take(tokens.Count - 1) : tokens;
        var group = new BooleanQuery(disableCoord: true) { { prefix, Occur.MUST } };
        foreach (var token in whole)
        {
            group.Add(new TermQuery(new Term(IndexFields.Words, token.Term)), Occur.MUST);
            foreach (var stem in TextAnalysis.Analyze(analyzer, IndexFields.Body, token.Term))
            {
                highlight.Add(new TermQuery(new Term(IndexFields.Body, stem.Term)));
            }
        }

        return group.Clauses.Count == 1 ? group.Clauses[0].Query : group;
    }
}

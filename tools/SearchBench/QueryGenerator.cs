using TemplateLibrary.Search.Model;

namespace SearchBench;

/// <summary>Generates varied searches: words, phrases, prefixes, OR, exclusions, filters, sorts, browsing.</summary>
internal sealed class QueryGenerator
{
    private readonly CorpusGenerator corpus;

    public QueryGenerator(CorpusGenerator corpus)
    {
        this.corpus = corpus;
    }

    public (string Kind, SearchRequest Request) Next()
    {
        var kind = corpus.Below(10);
        var (name, query) = kind switch
        {
            0 => ("word", corpus.Pick(Vocabulary.DomainWords)),
            1 => ("rare word", corpus.FillerWords[corpus.Below(corpus.FillerWords.Count)]),
            2 => ("two words", $"{corpus.Pick(Vocabulary.DomainWords)} {corpus.Pick(Vocabulary.DomainWords)}"),
            3 => ("three words", $"{corpus.Pick(Vocabulary.DomainWords)} {corpus.Filler()} {corpus.Pick(Vocabulary.DomainWords)}"),
            4 => ("phrase", $"\"{corpus.Pick(Vocabulary.ServicePhrases)}\""),
            5 => ("prefix", corpus.Pick(Vocabulary.DomainWords)[..3] + "*"),
            6 => ("or", $"{corpus.Pick(Vocabulary.DomainWords)} OR {corpus.Pick(Vocabulary.DomainWords)}"),
            7 => ("exclusion", $"{corpus.Pick(Vocabulary.DomainWords)} -{corpus.Pick(Vocabulary.DomainWords)}"),
            8 => ("field in text", $"{corpus.Pick(Vocabulary.DomainWords)} category:{corpus.Pick(Vocabulary.Categories)} year:>=2015"),
            _ => ("browse", string.Empty),
        };
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (corpus.Below(2) == 0 || name == "browse")
        {
            filters["category"] = [corpus.Pick(Vocabulary.Categories), corpus.Pick(Vocabulary.Categories)];
        }

        if (corpus.Below(3) == 0)
        {
            filters["model"] = [corpus.Pick(Vocabulary.Models)];
        }

        if (corpus.Below(4) == 0)
        {
            filters["council"] = [corpus.Pick(corpus.Councils)];
        }

        var sort = corpus.Below(4) switch { 0 => SearchSort.Date, 1 => SearchSort.Title, _ => SearchSort.Relevance };
        var request = new SearchRequest
        {
            Query = query,
            Filters = filters,
            Sort = sort,
            YearFrom = corpus.Below(5) == 0 ? 2010 + corpus.Below(10) : null,
            Offset = corpus.Below(5) == 0 ? 20 : 0,
        };
        return (filters.Count > 0 && name != "browse" ? name + " +filters" : name, request);
    }
}

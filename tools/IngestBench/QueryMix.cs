using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Tools.IngestBench;

/// <summary>A deterministic mix of the queries practitioners type, with and without facet filters.</summary>
internal static class QueryMix
{
    private static readonly string[] Words =
    [
        "shared", "legal", "service", "agreement", "joint", "committee", "delegation", "secondment", "waste", "audit",
        "revenues", "benefits", "procurement", "ict", "business", "case", "savings", "governance", "partner", "council",
        "tupe", "exit", "liability", "budget", "staff", "recharge", "performance", "risk", "company", "teckal",
    ];

    private static readonly string[] Phrases =
        ["\"joint committee\"", "\"lead authority\"", "\"section 113\"", "\"business case\"", "\"shared service\"", "\"exit plan\""];

    private static readonly string[] Categories = ["legal", "ict-digital", "revenues-benefits", "waste-environmental", "finance-audit-fraud"];
    private static readonly string[] Models = ["joint-committee", "lead-authority", "teckal-company", "secondment"];

    public static IReadOnlyList<SearchRequest> Create(int count)
    {
        var random = new Random(7);
        var queries = new List<SearchRequest>(count);
        for (var i = 0; i < count; i++)
        {
            string Word() => Words[random.Next(Words.Length)];
            var text = (i % 8) switch
            {
                0 => Word(),
                1 => $"{Word()} {Word()}",
                2 => $"{Word()} {Word()} {Word()}",
                3 => Phrases[random.Next(Phrases.Length)],
                4 => $"{Word()[..3]}*",
                5 => $"{Word()} OR {Word()}",
                6 => $"{Word()} -{Word()}",
                _ => string.Empty,
            };
            var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            if (i % 3 == 0 || text.Length == 0)
            {
                filters["category"] = [Categories[random.Next(Categories.Length)]];
            }

            if (i % 5 == 0)
            {
                filters["model"] = [Models[random.Next(Models.Length)], Models[random.Next(Models.Length)]];
            }

            var sort = i % 10 == 9 ? SearchSort.Date : SearchSort.Relevance;
            queries.Add(new SearchRequest { Query = text, Filters = filters, Sort = sort, Limit = 20 });
        }

        return queries;
    }
}

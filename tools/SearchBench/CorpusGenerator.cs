using System.Globalization;
using System.Text;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Indexing;
using TemplateLibrary.Core.Tagging;

namespace SearchBench;

/// <summary>Generates synthetic documents with the vocabulary and tag shapes of the field.</summary>
internal sealed class CorpusGenerator
{
    private readonly Random random;
    private readonly string[] fillerWords;
    private readonly double[] fillerCumulative;
    private readonly string[] councils;

    public CorpusGenerator(int seed)
    {
        random = new Random(seed);
        councils = Vocabulary.Places.SelectMany(p => Vocabulary.CouncilKinds.Select(k => $"{p} {k}")).ToArray();
        // A Zipf-distributed vocabulary of pronounceable words makes posting lists look like natural text.
        fillerWords = Enumerable.Range(0, 6000).Select(_ => PseudoWord()).Distinct().ToArray();
        fillerCumulative = new double[fillerWords.Length];
        var total = 0.0;
        for (var i = 0; i < fillerWords.Length; i++)
        {
            total += 1.0 / (i + 1);
            fillerCumulative[i] = total;
        }

        for (var i = 0; i < fillerCumulative.Length; i++)
        {
            fillerCumulative[i] /= total;
        }
    }

    public IReadOnlyList<string> Councils => councils;

    public IReadOnlyList<string> FillerWords => fillerWords;

    public DocumentRecord Next(int number)
    {
        var category = Pick(Vocabulary.Categories);
        var model = Pick(Vocabulary.Models);
        var type = Pick(Vocabulary.Types);
        var partners = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(councils)).Distinct().ToList();
        var year = random.Next(2005, 2026);
        var service = Pick(Vocabulary.ServicePhrases);
        var title = $"{Capitalise(service)} {Pick(Vocabulary.DocumentWords)}: {string.Join(" and ", partners)}";
        var words = random.Next(300, 3001);
        var body = Body(words, service, partners);
        var tags = new List<Tag>
        {
            new(FacetNames.Category, category, TagSource.Auto, Math.Round(random.NextDouble(), 2), "cue"),
            new(FacetNames.Model, model, random.Next(3) == 0 ? TagSource.Manifest : TagSource.Auto, 0.8),
            new(FacetNames.Type, type, TagSource.Auto, 0.7),
            new(FacetNames.Year, year.ToString(CultureInfo.InvariantCulture), TagSource.File),
        };
        if (random.Next(4) == 0)
        {
            tags.Add(new Tag(FacetNames.Category, Pick(Vocabulary.Categories), TagSource.Auto, 0.5));
        }

        tags.AddRange(Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pick(Vocabulary.Powers)).Distinct().Select(p => new Tag(FacetNames.Power, p, TagSource.Auto, 0.9)));
        tags.AddRange(partners.Select(c => new Tag(FacetNames.Council, c, TagSource.Auto, 0.9)));
        var id = $"doc-{number:D6}";
        return new DocumentRecord
        {
            Id = id,
            Hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(id + body))),
            Path = $"/library/{category}/{id}.{(number % 3 == 0 ? "pdf" : "docx")}",
            SizeBytes = body.Length,
            Title = title,
            Content = new ExtractedDocument
            {
                Format = number % 3 == 0 ? "pdf" : "docx",
                Text = body,
                Title = title,
                Headings = Enumerable.Range(1, random.Next(2, 8)).Select(i => new DocumentHeading(1, $"{i}. {Capitalise(Pick(Vocabulary.DomainWords))} and {Pick(Vocabulary.DomainWords)}")).ToList(),
            },
            Tags = tags,
            WordCount = words,
            FileModified = new DateTimeOffset(year, random.Next(1, 13), random.Next(1, 28), 0, 0, 0, TimeSpan.Zero),
        };
    }

    public string Pick(IReadOnlyList<string> values) => values[random.Next(values.Count)];

    public int Below(int max) => random.Next(max);

    public string Filler()
    {
        var index = Array.BinarySearch(fillerCumulative, random.NextDouble());
        return fillerWords[Math.Min(index < 0 ? ~index : index, fillerWords.Length - 1)];
    }

    private string Body(int words, string service, List<string> partners)
    {
        var text = new StringBuilder();
        var written = 0;
        while (written < words)
        {
            var sentence = random.Next(6) switch
            {
                0 => $"The {service} is provided by {Pick(partners)} on behalf of the partner councils.",
                1 => $"The arrangement relies on {Pick(Vocabulary.LegalPhrases)}.",
                2 => $"This {Pick(Vocabulary.DocumentWords)} sets out the {Pick(Vocabulary.DomainWords)} and {Pick(Vocabulary.DomainWords)} arrangements.",
                _ => string.Join(' ', Enumerable.Range(0, random.Next(8, 20)).Select(_ => random.Next(4) == 0 ? Pick(Vocabulary.DomainWords) : Filler())) + ".",
            };
            text.Append(sentence).Append(' ');
            written += sentence.Count(c => c == ' ') + 1;
            if (random.Next(8) == 0)
            {
                text.Append("\n\n");
            }
        }

        return text.ToString();
    }

    private string PseudoWord()
    {
        string[] onsets = ["b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "st", "pr", "tr", "ch", "sh"];
        string[] vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou"];
        var syllables = random.Next(2, 4);
        var word = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            word.Append(onsets[random.Next(onsets.Length)]).Append(vowels[random.Next(vowels.Length)]);
        }

        return word.Append(random.Next(3) == 0 ? "n" : string.Empty).ToString();
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

using Lucene.Net.Index;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search.Analysis;
using TemplateLibrary.Search.Facets;
using TemplateLibrary.Search.Indexing;
using TemplateLibrary.Search.Querying;

namespace TemplateLibrary.Search.Searching;

/// <summary>What every search of one index reads: the analyzer, the taxonomy's search vocabulary analysed once, the
/// ranking weights and the labels.</summary>
internal sealed class SearchTables
{
    private readonly Lock councilsLock = new();
    private (IndexReader Reader, ValueNameTable Table)? councils;

    /// <summary>Analyses the taxonomy's search vocabulary.</summary>
    public SearchTables(Taxonomy taxonomy, LibraryAnalyzer analyzer, RankingSettings ranking)
    {
        Taxonomy = taxonomy;
        Analyzer = analyzer;
        Ranking = ranking;
        Labeler = new FacetLabeler(taxonomy.LabelFor);
        Synonyms = new SynonymTable(analyzer, IndexFields.Body, taxonomy.Search.Synonyms);
        Names = ValueNameTable.FromTaxonomy(taxonomy, analyzer);
        QuestionWords = new HashSet<string>(taxonomy.Search.QuestionWords.Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
    }

    /// <summary>The taxonomy.</summary>
    public Taxonomy Taxonomy { get; }

    /// <summary>The one analyzer.</summary>
    public LibraryAnalyzer Analyzer { get; }

    /// <summary>The ranking weights.</summary>
    public RankingSettings Ranking { get; }

    /// <summary>Display labels of facet values.</summary>
    public FacetLabeler Labeler { get; }

    /// <summary>The synonym groups.</summary>
    public SynonymTable Synonyms { get; }

    /// <summary>The names of taxonomy values.</summary>
    public ValueNameTable Names { get; }

    /// <summary>The words of a typed question that say nothing about the documents wanted.</summary>
    public IReadOnlySet<string> QuestionWords { get; }

    /// <summary>A query builder for one query over a reader (whose council names it recognises).</summary>
    public LuceneQueryBuilder NewBuilder(IndexReader reader) =>
        new(reader, Analyzer, Synonyms, Names, Councils(reader), QuestionWords, Ranking);

    /// <summary>True when a word is a known abbreviation, name or citation that no spelling suggestion may change.</summary>
    public bool IsKnown(string term) =>
        Synonyms.KnownTerms.Contains(term) || Names.KnownTerms.Contains(term) || Analyzer.Citations.TryRead(term, out _);

    private ValueNameTable Councils(IndexReader reader)
    {
        lock (councilsLock)
        {
            if (councils is { } cached && ReferenceEquals(cached.Reader, reader))
            {
                return cached.Table;
            }

            var slot = SegmentFacets.Slots.ToList().IndexOf(FacetNames.Council);
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var leaf in reader.Leaves)
            {
                var facets = SegmentFacets.For(leaf.AtomicReader);
                for (var ord = 0; ord < facets.ValueCount(slot); ord++)
                {
                    names.Add(facets.Value(slot, ord));
                }
            }

            var table = ValueNameTable.FromCouncils(names, Analyzer);
            councils = (reader, table);
            return table;
        }
    }
}

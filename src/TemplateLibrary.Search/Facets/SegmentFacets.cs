using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Indexing;

namespace TemplateLibrary.Search.Facets;

/// <summary>One segment's facet values, read once from its sorted-set doc values into arrays, so filtering and counting
/// a match costs a few array reads per document.</summary>
/// <remarks>Cached per segment core: a segment's documents never change, and new segments are read as they appear.</remarks>
internal sealed class SegmentFacets
{
    /// <summary>The facets, one slot each, in <see cref="FacetNames.All"/> order.</summary>
    public static readonly IReadOnlyList<string> Slots = FacetNames.All;

    /// <summary>The slot of the year facet.</summary>
    public static readonly int YearSlot = FacetNames.All.ToList().IndexOf(FacetNames.Year);

    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = [];
    private readonly int[][] starts;
    private readonly int[][] ords;
    private readonly string[][] terms;
    private readonly Dictionary<string, int>[] ordByTerm;

    private SegmentFacets(AtomicReader reader)
    {
        var slots = Slots.Count;
        starts = new int[slots][];
        ords = new int[slots][];
        terms = new string[slots][];
        ordByTerm = new Dictionary<string, int>[slots];
        var maxDoc = reader.MaxDoc;
        for (var slot = 0; slot < slots; slot++)
        {
            var values = reader.GetSortedSetDocValues(Slots[slot]);
            var docStarts = new int[maxDoc + 1];
            var docOrds = new List<int>(maxDoc);
            var slotTerms = new string[values?.ValueCount ?? 0];
            var bytes = new BytesRef();
            for (var ord = 0; ord < slotTerms.Length; ord++)
            {
                values!.LookupOrd(ord, bytes);
                slotTerms[ord] = bytes.Utf8ToString();
            }

            for (var doc = 0; doc < maxDoc; doc++)
            {
                docStarts[doc] = docOrds.Count;
                if (values is null)
                {
                    continue;
                }

                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                {
                    docOrds.Add((int)ord);
                }
            }

            docStarts[maxDoc] = docOrds.Count;
            starts[slot] = docStarts;
            ords[slot] = [.. docOrds];
            terms[slot] = slotTerms;
            var lookup = new Dictionary<string, int>(slotTerms.Length, StringComparer.OrdinalIgnoreCase);
            for (var ord = 0; ord < slotTerms.Length; ord++)
            {
                lookup.TryAdd(slotTerms[ord], ord);
            }

            ordByTerm[slot] = lookup;
        }

        Years = new int[maxDoc];
        var years = reader.GetNumericDocValues(IndexFields.YearNumber);
        if (years is not null)
        {
            for (var doc = 0; doc < maxDoc; doc++)
            {
                Years[doc] = (int)years.Get(doc);
            }
        }

        Current = new bool[maxDoc];
        var current = reader.GetNumericDocValues(IndexFields.Current);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            Current[doc] = current is null || current.Get(doc) == 1;
        }
    }

    /// <summary>Per document, true when it is the current version of its family.</summary>
    public bool[] Current { get; }

    /// <summary>Per document, its year (0 when unknown).</summary>
    public int[] Years { get; }

    /// <summary>The facets of a segment (read on first use).</summary>
    public static SegmentFacets For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(reader));

    /// <summary>The value ordinals of a document in one facet.</summary>
    public ReadOnlySpan<int> Values(int slot, int doc)
    {
        var slotStarts = starts[slot];
        return ords[slot].AsSpan(slotStarts[doc], slotStarts[doc + 1] - slotStarts[doc]);
    }

    /// <summary>A facet's value table: document <c>d</c>'s ordinals are <c>ords[starts[d]..starts[d + 1]]</c> (for loops
    /// run on every match).</summary>
    public (int[] Starts, int[] Ords) Table(int slot) => (starts[slot], ords[slot]);

    /// <summary>How many distinct values a facet has in this segment.</summary>
    public int ValueCount(int slot) => terms[slot].Length;

    /// <summary>The value of an ordinal.</summary>
    public string Value(int slot, int ord) => terms[slot][ord];

    /// <summary>The ordinal of a value (any case), or -1 when no document of the segment has it.</summary>
    public int Ordinal(int slot, string value) => ordByTerm[slot].TryGetValue(value, out var ord) ? ord : -1;
}

using System.Globalization;
using TemplateLibrary.Core.Agreements;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Duplicates;
using TemplateLibrary.Core.Indexing;
using TemplateLibrary.Core.Ingestion.Manifest;
using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Core.Ingestion;

/// <summary>Turns an extracted file and its supplied metadata into the record the index stores.</summary>
internal sealed class DocumentAssembler
{
    // In-file property names that carry tags, and the facet each fills.
    private static readonly (string Property, string Facet)[] FileTagProperties =
    [
        ("category", FacetNames.Category), ("model", FacetNames.Model), ("type", FacetNames.Type),
        ("councils", FacetNames.Council), ("council", FacetNames.Council), ("partners", FacetNames.Partner),
        ("powers", FacetNames.Power), ("power", FacetNames.Power), ("year", FacetNames.Year),
    ];

    private readonly IDocumentTagger _tagger;
    private readonly IFacetVocabulary _vocabulary;
    private readonly AgreementReader? _agreements;

    public DocumentAssembler(IDocumentTagger tagger, IFacetVocabulary vocabulary, AgreementReader? agreements = null)
    {
        _tagger = tagger;
        _vocabulary = vocabulary;
        _agreements = agreements;
    }

    public DocumentRecord Assemble(PlannedFile file, string id, ExtractedDocument content, ManifestEntry? entry)
    {
        var tags = new List<Tag>(_tagger.Tag(content));
        tags.AddRange(FileTags(content.Metadata));
        if (entry is not null)
        {
            foreach (var (facet, values) in entry.Facets)
            {
                tags.AddRange(values.Select(v => new Tag(facet, v, TagSource.Manifest)));
            }
        }

        return new DocumentRecord
        {
            Id = id,
            Hash = file.Hash,
            Path = file.Path,
            SizeBytes = file.SizeBytes,
            Title = ChooseTitle(file.Path, content, entry),
            Summary = entry?.Summary ?? NullIfBlank(content.Metadata.Subject),
            Content = content,
            Tags = tags,
            WordCount = WordCounter.Count(content.Text),
            FileModified = file.Modified,
            Signature = MinHasher.Sign(content.Text),
            Agreement = ReadAgreement(content, tags),
        };
    }

    /// <summary>Clauses and facts for the document types that have them, judged by the type tag from the best source.</summary>
    private AgreementAnalysis ReadAgreement(ExtractedDocument content, List<Tag> tags)
    {
        var type = tags.Where(t => t.Facet == FacetNames.Type).OrderByDescending(t => t.Source).ThenByDescending(t => t.Confidence).FirstOrDefault()?.Value;
        return _agreements is not null && _agreements.Reads(type) ? _agreements.Read(content) : AgreementAnalysis.None;
    }

    private IEnumerable<Tag> FileTags(DocumentMetadata metadata)
    {
        foreach (var (property, facet) in FileTagProperties)
        {
            if (!metadata.Properties.TryGetValue(property, out var raw) || string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            foreach (var value in raw.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (facet == FacetNames.Year)
                {
                    if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
                    {
                        yield return new Tag(facet, year.ToString(CultureInfo.InvariantCulture), TagSource.File);
                    }
                }
                else if (_vocabulary.TryResolve(facet, value, out var id))
                {
                    yield return new Tag(facet, id, TagSource.File);
                }
            }
        }
    }

    private static string ChooseTitle(string path, ExtractedDocument content, ManifestEntry? entry) =>
        NullIfBlank(entry?.Title)
        ?? NullIfBlank(content.Metadata.Title)
        ?? NullIfBlank(content.Title)
        ?? NullIfBlank(content.Headings.FirstOrDefault()?.Text)
        ?? Path.GetFileNameWithoutExtension(path);

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using TemplateLibrary.Core.Clauses;
using TemplateLibrary.Core.Documents;

namespace TemplateLibrary.Core.Agreements;

/// <summary>Segments an agreement into clauses, gives each its kinds and reads the agreement's facts.</summary>
public sealed class AgreementReader
{
    private readonly ClauseKindClassifier classifier;
    private readonly HashSet<string> documentTypes;

    /// <summary>Creates a reader over a taxonomy's clause vocabulary.</summary>
    public AgreementReader(Taxonomy.Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        classifier = new ClauseKindClassifier(taxonomy);
        documentTypes = new HashSet<string>(taxonomy.Clauses.DocumentTypes, StringComparer.Ordinal);
    }

    /// <summary>True when documents of this type (a taxonomy type id) have their clauses read.</summary>
    public bool Reads(string? documentType) => documentType is not null && documentTypes.Contains(documentType);

    /// <summary>The document's clauses with their kinds, and its facts.</summary>
    public AgreementAnalysis Read(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var clauses = classifier.Classify(ClauseSegmenter.Segment(document));
        return new AgreementAnalysis { Clauses = clauses, Facts = AgreementFactReader.Read(clauses) };
    }
}

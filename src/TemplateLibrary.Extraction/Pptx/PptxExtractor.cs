using DocumentFormat.OpenXml.Packaging;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Common;
using TemplateLibrary.Extraction.Office;
using TemplateLibrary.Extraction.Registry;

namespace TemplateLibrary.Extraction.Pptx;

/// <summary>Reads PowerPoint decks: slides in order, each title as a heading, then its text, tables, diagrams and speaker notes.</summary>
internal sealed class PptxExtractor : IDocumentExtractor
{
    public string Format => "pptx";

    public IReadOnlyCollection<string> Extensions { get; } = [".pptx", ".pptm", ".potx", ".ppsx"];

    /// <summary>A PPTX is a ZIP package; the registry tells it apart from other packages by its parts.</summary>
    public bool Sniff(ReadOnlySpan<byte> head) => false;

    public ExtractedDocument Extract(Stream content, ExtractionContext context)
    {
        var parts = OfficePartReader.Prepare(content, context, "PPTX");
        using var document = PresentationDocument.Open(content, false, new OpenSettings { AutoSave = false });
        var presentationPart = document.PresentationPart ?? throw new ExtractionException("damaged PPTX: the presentation part is missing");
        var presentation = parts.Load(presentationPart) ?? throw new ExtractionException("damaged PPTX: the presentation part is empty");

        var reader = new SlideReader(parts);
        var output = new TextAccumulator(context.Limits.MaxTextChars, context.CancellationToken);
        var slideNumber = 0;
        foreach (var slideId in DrawingXml.Children(DrawingXml.Child(presentation, "sldIdLst") ?? new("none"), "sldId"))
        {
            var relationshipId = slideId.Attributes().FirstOrDefault(a => a.Name.LocalName == "id" && a.Name.NamespaceName.Length > 0)?.Value;
            if (relationshipId is null || !presentationPart.TryGetPartById(relationshipId, out var part) || part is not SlidePart slidePart)
            {
                continue;
            }

            slideNumber++;
            var slide = reader.Read(slidePart, parts.Load(slidePart));
            if (slide.Title is not null)
            {
                output.AddHeading(1, slide.Title);
            }

            foreach (var block in slide.Blocks)
            {
                output.AddBlock(block);
            }

            if (slidePart.NotesSlidePart is { } notesPart)
            {
                foreach (var block in reader.ReadNotes(notesPart, parts.Load(notesPart)))
                {
                    output.AddBlock(block);
                }
            }

            if (output.Truncated)
            {
                break;
            }
        }

        var metadata = parts.Properties(document) with { PageCount = slideNumber };
        return output.ToDocument(Format, TitleChoice.First(metadata.Title, output.Headings.FirstOrDefault()?.Text), metadata);
    }
}

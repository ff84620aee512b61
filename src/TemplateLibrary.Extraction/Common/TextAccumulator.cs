using System.Globalization;
using System.Text;
using TemplateLibrary.Core.Documents;

namespace TemplateLibrary.Extraction.Common;

/// <summary>Collects the blocks and headings of a document, stopping at the text limit.</summary>
internal sealed class TextAccumulator
{
    private const string BlockSeparator = "\n\n";
    private readonly StringBuilder text = new();
    private readonly List<DocumentHeading> headings = [];
    private readonly List<string> warnings = [];
    private readonly int maxChars;
    private readonly CancellationToken cancellationToken;

    public TextAccumulator(int maxChars, CancellationToken cancellationToken)
    {
        this.maxChars = maxChars;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>True once the text limit was reached; later blocks are dropped.</summary>
    public bool Truncated { get; private set; }

    public string Text => text.ToString();

    public IReadOnlyList<DocumentHeading> Headings => headings;

    public IReadOnlyList<string> Warnings => warnings;

    /// <summary>The text, headings and warnings gathered so far as one format's extracted document.</summary>
    public ExtractedDocument ToDocument(string format, string? title, DocumentMetadata? metadata = null) => new()
    {
        Format = format,
        Text = Text,
        Title = title,
        Headings = headings,
        Metadata = metadata ?? DocumentMetadata.Empty,
        Warnings = warnings,
    };

    public void AddWarning(string warning)
    {
        if (!warnings.Contains(warning, StringComparer.Ordinal))
        {
            warnings.Add(warning);
        }
    }

    public void AddHeading(int level, string heading)
    {
        var clean = TextCleaner.CollapseWhitespace(heading);
        if (clean.Length == 0)
        {
            return;
        }

        headings.Add(new DocumentHeading(Math.Clamp(level, 1, 9), clean));
        AddBlock(clean);
    }

    public void AddBlock(string block)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Truncated)
        {
            return;
        }

        var clean = TextCleaner.TrimBlock(block);
        if (clean.Length == 0)
        {
            return;
        }

        var separator = text.Length > 0 ? BlockSeparator : string.Empty;
        var room = maxChars - text.Length - separator.Length;
        if (clean.Length > room)
        {
            if (room > 0)
            {
                text.Append(separator).Append(clean, 0, room);
            }

            Truncated = true;
            AddWarning(string.Create(CultureInfo.InvariantCulture, $"text truncated at {maxChars:N0} characters"));
            return;
        }

        text.Append(separator).Append(clean);
    }
}

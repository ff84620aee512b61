using System.Text;

namespace TemplateLibrary.Extraction.Common;

/// <summary>Assembles flowing text (RTF, Word 97-2003) into paragraphs, headings, table rows and footnotes.</summary>
internal sealed class FlowTextBuilder
{
    private const int MaxHeadingChars = 200;
    private const string CellSeparator = " | ";
    private readonly TextAccumulator output;
    private readonly StringBuilder paragraph = new();
    private readonly StringBuilder noteParagraph = new();
    private readonly List<string> notes = [];
    private readonly List<string> cells = [];
    private readonly StringBuilder tableRows = new();
    private readonly List<byte> pendingBytes = [];
    private Encoding? pendingEncoding;
    private bool pendingInNote;

    public FlowTextBuilder(TextAccumulator output)
    {
        this.output = output;
    }

    /// <summary>A byte of text in a code page; consecutive bytes are decoded together (double-byte code pages need both).</summary>
    public void AppendByte(byte value, Encoding encoding, bool inNote)
    {
        if (pendingBytes.Count > 0 && (!ReferenceEquals(encoding, pendingEncoding) || inNote != pendingInNote))
        {
            FlushBytes();
        }

        pendingEncoding = encoding;
        pendingInNote = inNote;
        pendingBytes.Add(value);
    }

    public void Append(char value, bool inNote)
    {
        FlushBytes();
        (inNote ? noteParagraph : paragraph).Append(value);
    }

    public void Append(string value, bool inNote)
    {
        FlushBytes();
        (inNote ? noteParagraph : paragraph).Append(value);
    }

    /// <summary>\par: ends a paragraph, which is a heading when <paramref name="headingLevel"/> is set.</summary>
    public void EndParagraph(int? headingLevel, bool inTable, bool inNote)
    {
        FlushBytes();
        if (inNote)
        {
            EndNoteParagraph();
            return;
        }

        if (inTable)
        {
            // A paragraph break inside a cell keeps the cell together.
            paragraph.Append(' ');
            return;
        }

        FlushTable();
        var text = paragraph.ToString();
        paragraph.Clear();
        if (headingLevel is { } level && text.Length <= MaxHeadingChars && !string.IsNullOrWhiteSpace(text))
        {
            output.AddHeading(level, text);
        }
        else
        {
            output.AddBlock(text);
        }
    }

    /// <summary>A footnote's group closed: its last paragraph ends with it.</summary>
    public void EndNoteParagraph()
    {
        FlushBytes();
        if (!string.IsNullOrWhiteSpace(noteParagraph.ToString()))
        {
            notes.Add(noteParagraph.ToString());
        }

        noteParagraph.Clear();
    }

    /// <summary>\cell: the paragraph text so far is the next cell of the row.</summary>
    public void EndCell()
    {
        FlushBytes();
        cells.Add(TextCleaner.CollapseWhitespace(paragraph.ToString()));
        paragraph.Clear();
    }

    /// <summary>\row: the cells so far make a row of the current table.</summary>
    public void EndRow()
    {
        FlushBytes();
        if (paragraph.Length > 0 && !string.IsNullOrWhiteSpace(paragraph.ToString()))
        {
            EndCell();
        }

        paragraph.Clear();
        while (cells.Count > 0 && cells[^1].Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        if (cells.Count > 0)
        {
            tableRows.Append(string.Join(CellSeparator, cells)).Append('\n');
        }

        cells.Clear();
    }

    /// <summary>Ends the text: the open paragraph and table, then the footnotes in order.</summary>
    public void Finish()
    {
        FlushBytes();
        if (cells.Count > 0)
        {
            EndRow();
        }

        EndParagraph(null, inTable: false, inNote: false);
        EndNoteParagraph();
        foreach (var note in notes)
        {
            output.AddBlock(note);
        }
    }

    private void FlushTable()
    {
        if (cells.Count > 0)
        {
            EndRow();
        }

        if (tableRows.Length > 0)
        {
            output.AddBlock(tableRows.ToString());
            tableRows.Clear();
        }
    }

    private void FlushBytes()
    {
        if (pendingBytes.Count == 0 || pendingEncoding is null)
        {
            return;
        }

        var text = pendingEncoding.GetString([.. pendingBytes]);
        pendingBytes.Clear();
        (pendingInNote ? noteParagraph : paragraph).Append(text);
    }
}

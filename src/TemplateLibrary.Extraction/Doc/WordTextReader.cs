using System.Text;
using TemplateLibrary.Extraction.Common;

namespace TemplateLibrary.Extraction.Doc;

/// <summary>
/// Turns a range of a Word 97-2003 document's characters into paragraphs: 8-bit and UTF-16 pieces decoded, field codes
/// dropped (their results kept), cell and row marks made into table rows, pictures and note marks left out.
/// </summary>
internal sealed class WordTextReader
{
    private const char CellMark = '\u0007';
    private const char FieldBegin = '\u0013';
    private const char FieldSeparator = '\u0014';
    private const char FieldEnd = '\u0015';
    private static readonly Encoding Windows1252 = TextDecoding.FromLabel("windows-1252")!;
    private readonly byte[] wordDocument;
    private readonly List<WordPiece> pieces;
    private readonly FlowTextBuilder text;
    private readonly CancellationToken cancellationToken;
    private readonly Stack<bool> fieldShowsResult = new();
    private bool afterCell;

    public WordTextReader(byte[] wordDocument, List<WordPiece> pieces, FlowTextBuilder text, CancellationToken cancellationToken)
    {
        this.wordDocument = wordDocument;
        this.pieces = pieces;
        this.text = text;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>Reads characters [start, start + length) as body text, or as note text when <paramref name="asNotes"/>.</summary>
    public void Read(int start, int length, bool asNotes)
    {
        if (length <= 0)
        {
            return;
        }

        fieldShowsResult.Clear();
        afterCell = false;
        var end = (long)start + length;
        foreach (var piece in pieces)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var from = Math.Max(piece.CpStart, start);
            var to = (int)Math.Min(piece.CpEnd, end);
            if (from < to)
            {
                foreach (var c in Decode(piece, from, to))
                {
                    Character(c, asNotes);
                }
            }
        }

        text.EndParagraph(null, inTable: false, inNote: asNotes);
    }

    private string Decode(WordPiece piece, int from, int to)
    {
        var count = to - from;
        var offset = (long)piece.ByteOffset + ((long)(from - piece.CpStart) * (piece.Compressed ? 1 : 2));
        var bytes = (long)count * (piece.Compressed ? 1 : 2);
        if (offset < 0 || offset + bytes > wordDocument.Length)
        {
            // A piece that points past the stream is cut to what is there.
            bytes = Math.Max(0, wordDocument.Length - offset);
            if (bytes == 0)
            {
                return string.Empty;
            }
        }

        var span = wordDocument.AsSpan((int)offset, (int)bytes);
        return piece.Compressed ? Windows1252.GetString(span) : Encoding.Unicode.GetString(span[..(span.Length & ~1)]);
    }

    private void Character(char c, bool asNotes)
    {
        switch (c)
        {
            case FieldBegin:
                fieldShowsResult.Push(false);
                return;
            case FieldSeparator:
                if (fieldShowsResult.Count > 0)
                {
                    fieldShowsResult.Pop();
                    fieldShowsResult.Push(true);
                }

                return;
            case FieldEnd:
                if (fieldShowsResult.Count > 0)
                {
                    fieldShowsResult.Pop();
                }

                return;
            default:
                break;
        }

        if (fieldShowsResult.Contains(false))
        {
            return;
        }

        var wasAfterCell = afterCell;
        afterCell = false;
        switch (c)
        {
            case CellMark:
                // A cell ends with a mark; the mark right after the last cell's ends the row.
                if (wasAfterCell)
                {
                    text.EndRow();
                }
                else
                {
                    text.EndCell();
                    afterCell = true;
                }

                break;
            case '\r' or '\f' or '\u000E':
                text.EndParagraph(null, inTable: false, inNote: asNotes);
                break;
            case '\u000B':
                text.Append('\n', asNotes);
                break;
            case '\t':
                text.Append('\t', asNotes);
                break;
            case '\u001E':
                text.Append('-', asNotes);
                break;
            case '\u00A0':
                text.Append(' ', asNotes);
                break;
            case < ' ':
                // Pictures, drawn objects, note and comment marks, optional hyphens: no text.
                break;
            default:
                text.Append(c, asNotes);
                break;
        }
    }
}

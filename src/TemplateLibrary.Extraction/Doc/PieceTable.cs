using System.Buffers.Binary;
using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Extraction.Doc;

/// <summary>Reads the piece table (the Pcdt inside the Clx) that maps character positions to the bytes of the text.</summary>
internal static class PieceTable
{
    private const byte PrcMarker = 0x01;
    private const byte PcdtMarker = 0x02;
    private const int PcdSize = 8;
    private const uint CompressedFlag = 0x40000000;

    public static List<WordPiece> Read(ReadOnlySpan<byte> table, WordFib fib)
    {
        if (fib.ClxOffset < 0 || fib.ClxLength <= 0 || (long)fib.ClxOffset + fib.ClxLength > table.Length)
        {
            throw Damaged("the piece table lies outside the table stream");
        }

        var clx = table.Slice(fib.ClxOffset, fib.ClxLength);
        var pos = 0;
        // Property modifiers (Prc) come first; they change formatting only.
        while (pos < clx.Length && clx[pos] == PrcMarker)
        {
            if (pos + 3 > clx.Length)
            {
                throw Damaged("the piece table is cut short");
            }

            pos += 3 + BinaryPrimitives.ReadInt16LittleEndian(clx[(pos + 1)..]);
        }

        if (pos + 5 > clx.Length || clx[pos] != PcdtMarker)
        {
            throw Damaged("no piece table");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(clx[(pos + 1)..]);
        var plc = clx[(pos + 5)..];
        if (length < 4 || length > plc.Length || (length - 4) % (4 + PcdSize) != 0)
        {
            throw Damaged("the piece table has an impossible size");
        }

        var count = (length - 4) / (4 + PcdSize);
        var pieces = new List<WordPiece>(count);
        for (var i = 0; i < count; i++)
        {
            var cpStart = BinaryPrimitives.ReadInt32LittleEndian(plc[(i * 4)..]);
            var cpEnd = BinaryPrimitives.ReadInt32LittleEndian(plc[((i + 1) * 4)..]);
            var fc = BinaryPrimitives.ReadUInt32LittleEndian(plc[(((count + 1) * 4) + (i * PcdSize) + 2)..]);
            var compressed = (fc & CompressedFlag) != 0;
            var offset = (int)(fc & 0x3FFFFFFF);
            if (cpEnd < cpStart)
            {
                throw Damaged("the piece table is out of order");
            }

            pieces.Add(new WordPiece(cpStart, cpEnd, compressed ? offset / 2 : offset, compressed));
        }

        return pieces;
    }

    private static ExtractionException Damaged(string detail) => new($"damaged Word 97-2003 document (.doc): {detail}");
}

using System.Buffers.Binary;
using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Extraction.Doc;

/// <summary>The parts of a Word 97-2003 File Information Block the text needs: flags, text lengths and the piece table's place.</summary>
internal sealed record WordFib(
    bool UsesTable1, int MainTextLength, int FootnoteLength, int HeaderLength, int CommentLength, int EndnoteLength, int MacroLength, int TextBoxLength, int ClxOffset, int ClxLength)
{
    private const ushort WordIdentifier = 0xA5EC;
    private const int FirstWord97Version = 0x00C1;
    private const ushort EncryptedFlag = 0x0100;
    private const ushort Table1Flag = 0x0200;
    private const ushort ObfuscatedFlag = 0x8000;
    private const int CswOffset = 0x20;
    private const int ClxPairIndex = 33;

    public static WordFib Read(ReadOnlySpan<byte> wordDocument)
    {
        if (wordDocument.Length < CswOffset + 2 || BinaryPrimitives.ReadUInt16LittleEndian(wordDocument) != WordIdentifier)
        {
            throw Damaged();
        }

        var version = BinaryPrimitives.ReadUInt16LittleEndian(wordDocument[2..]);
        if (version < FirstWord97Version)
        {
            throw new ExtractionException("unsupported format: a Word 6 or Word 95 document; save it as DOCX");
        }

        var flags = BinaryPrimitives.ReadUInt16LittleEndian(wordDocument[0x0A..]);
        if ((flags & (EncryptedFlag | ObfuscatedFlag)) != 0)
        {
            throw new ExtractionException("password-protected Word document (.doc): cannot be read; save it without a password");
        }

        // The FIB is a chain of counted arrays: 16-bit words, 32-bit longs, then (offset, length) pairs.
        var rgLw = CswOffset + 2 + (BinaryPrimitives.ReadUInt16LittleEndian(wordDocument[CswOffset..]) * 2) + 2;
        if (rgLw + 2 > wordDocument.Length)
        {
            throw Damaged();
        }

        var longCount = BinaryPrimitives.ReadUInt16LittleEndian(wordDocument[(rgLw - 2)..]);
        var rgFcLcb = rgLw + (longCount * 4) + 2;
        var clxField = rgFcLcb + (ClxPairIndex * 8);
        if (longCount < 11 || clxField + 8 > wordDocument.Length)
        {
            throw Damaged();
        }

        var longs = new int[11];
        for (var i = 0; i < longs.Length; i++)
        {
            longs[i] = BinaryPrimitives.ReadInt32LittleEndian(wordDocument[(rgLw + (i * 4))..]);
        }

        return new WordFib(
            (flags & Table1Flag) != 0,
            MainTextLength: longs[3],
            FootnoteLength: longs[4],
            HeaderLength: longs[5],
            CommentLength: longs[7],
            EndnoteLength: longs[8],
            MacroLength: longs[6],
            TextBoxLength: longs[9],
            ClxOffset: BinaryPrimitives.ReadInt32LittleEndian(wordDocument[clxField..]),
            ClxLength: BinaryPrimitives.ReadInt32LittleEndian(wordDocument[(clxField + 4)..]));
    }

    /// <summary>Where the endnotes start in the document's character positions (after main text, notes, headers, macros, comments).</summary>
    public int EndnoteStart => MainTextLength + FootnoteLength + HeaderLength + MacroLength + CommentLength;

    /// <summary>Where the text boxes' text starts, after the endnotes.</summary>
    public int TextBoxStart => EndnoteStart + EndnoteLength;

    private static ExtractionException Damaged() =>
        new("damaged Word 97-2003 document (.doc): the WordDocument stream has no valid header");
}

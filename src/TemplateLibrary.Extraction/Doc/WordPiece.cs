namespace TemplateLibrary.Extraction.Doc;

/// <summary>A piece of a Word document's text: its character positions and where its bytes are, 8-bit or UTF-16.</summary>
internal sealed record WordPiece(int CpStart, int CpEnd, int ByteOffset, bool Compressed);

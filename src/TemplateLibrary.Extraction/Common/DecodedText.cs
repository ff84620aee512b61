namespace TemplateLibrary.Extraction.Common;

/// <summary>Text decoded from bytes, with the encoding used and how many bytes could not be decoded.</summary>
internal sealed record DecodedText(string Text, string EncodingName, int InvalidBytes);

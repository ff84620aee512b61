namespace TemplateLibrary.Extraction.Ocr;

/// <summary>The text OCR read from one page, and the mean confidence of its words (0 to 1).</summary>
internal sealed record OcrPageText(string Text, double Confidence, int Words);

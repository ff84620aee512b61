using TemplateLibrary.Extraction.Pdf.Objects;
using TemplateLibrary.Extraction.Pdf.Parsing;

namespace TemplateLibrary.Extraction.Pdf.Content;

/// <summary>
/// Runs a content stream's text and graphics-state operators and reports every shown glyph with its
/// position. Form XObjects are followed recursively with a cycle guard and a depth bound.
/// </summary>
internal sealed class ContentInterpreter(PdfFile file, FontCache fonts, GlyphCollector output, CancellationToken cancellationToken)
{
    private const int MaxStateStack = 1024;
    private readonly HashSet<PdfStream> activeForms = new(ReferenceEqualityComparer.Instance);

    public void Run(byte[] content, PdfDictionary? resources, Matrix ctm) =>
        Execute(content, resources, GraphicsState.Initial(ctm), 0);

    /// <summary>Draws a form (an annotation appearance) with the given form-to-page transform.</summary>
    public void RunForm(PdfStream form, PdfDictionary? inheritedResources, Matrix placement)
    {
        if (!activeForms.Add(form))
        {
            return;
        }

        try
        {
            var resources = file.ResolveDictionary(form.Dictionary["Resources"]) ?? inheritedResources;
            Execute(file.DecodeStream(form), resources, GraphicsState.Initial(placement), 1);
        }
        finally
        {
            activeForms.Remove(form);
        }
    }

    private void Execute(byte[] content, PdfDictionary? resources, GraphicsState state, int depth)
    {
        var lexer = new PdfLexer(content, file.MaxDepth);
        var operands = new List<object?>(16);
        var saved = new Stack<GraphicsState>();
        var marked = new Stack<MarkedText?>();
        var text = new TextState(state);
        var steps = 0;
        while (!output.Full)
        {
            var value = lexer.ReadObject(allowReferences: false, out var endOfInput);
            if (endOfInput)
            {
                break;
            }

            if (value is not PdfOperator op)
            {
                if (operands.Count < 64)
                {
                    operands.Add(value);
                }

                continue;
            }

            if ((++steps & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            switch (op.Name)
            {
                case "q":
                    if (saved.Count < MaxStateStack)
                    {
                        saved.Push(text.Graphics);
                    }

                    break;
                case "Q":
                    if (saved.Count > 0)
                    {
                        text.Graphics = saved.Pop();
                    }

                    break;
                case "cm" when operands.Count >= 6:
                    text.Graphics.Ctm = ReadMatrix(operands).Multiply(text.Graphics.Ctm);
                    break;
                case "BT":
                    text.BeginText();
                    break;
                case "Tf" when operands.Count >= 2:
                    text.Graphics.Font = operands[^2] is PdfName fontName ? fonts.Get(resources, fontName.Value) : null;
                    text.Graphics.FontSize = PdfValues.ToDouble(operands[^1], 1);
                    break;
                case "Tc" when operands.Count >= 1:
                    text.Graphics.CharSpacing = PdfValues.ToDouble(operands[^1]);
                    break;
                case "Tw" when operands.Count >= 1:
                    text.Graphics.WordSpacing = PdfValues.ToDouble(operands[^1]);
                    break;
                case "Tz" when operands.Count >= 1:
                    text.Graphics.HorizontalScaling = PdfValues.ToDouble(operands[^1], 100) / 100;
                    break;
                case "TL" when operands.Count >= 1:
                    text.Graphics.Leading = PdfValues.ToDouble(operands[^1]);
                    break;
                case "Ts" when operands.Count >= 1:
                    text.Graphics.Rise = PdfValues.ToDouble(operands[^1]);
                    break;
                case "Tr" when operands.Count >= 1:
                    text.Graphics.RenderMode = PdfValues.ToInt(operands[^1]);
                    break;
                case "Td" when operands.Count >= 2:
                    text.MoveLine(PdfValues.ToDouble(operands[^2]), PdfValues.ToDouble(operands[^1]));
                    break;
                case "TD" when operands.Count >= 2:
                    text.Graphics.Leading = -PdfValues.ToDouble(operands[^1]);
                    text.MoveLine(PdfValues.ToDouble(operands[^2]), PdfValues.ToDouble(operands[^1]));
                    break;
                case "Tm" when operands.Count >= 6:
                    text.SetMatrix(ReadMatrix(operands));
                    break;
                case "T*":
                    text.MoveLine(0, -text.Graphics.Leading);
                    break;
                case "Tj" when operands.Count >= 1:
                    Show(text, operands[^1], marked);
                    break;
                case "'" when operands.Count >= 1:
                    text.MoveLine(0, -text.Graphics.Leading);
                    Show(text, operands[^1], marked);
                    break;
                case "\"" when operands.Count >= 3:
                    text.Graphics.WordSpacing = PdfValues.ToDouble(operands[^3]);
                    text.Graphics.CharSpacing = PdfValues.ToDouble(operands[^2]);
                    text.MoveLine(0, -text.Graphics.Leading);
                    Show(text, operands[^1], marked);
                    break;
                case "TJ" when operands.Count >= 1 && operands[^1] is List<object?> items:
                    foreach (var item in items)
                    {
                        if (PdfValues.TryGetNumber(item, out var adjustment))
                        {
                            text.Adjust(adjustment);
                        }
                        else
                        {
                            Show(text, item, marked);
                        }
                    }

                    break;
                case "Do" when operands.Count >= 1 && operands[^1] is PdfName xobjectName:
                    DrawXObject(resources, xobjectName.Value, text.Graphics, depth);
                    break;
                case "gs" when operands.Count >= 1 && operands[^1] is PdfName stateName:
                    ApplyExtGState(resources, stateName.Value, ref text.Graphics);
                    break;
                case "BI":
                    InlineImages.Skip(lexer);
                    break;
                case "BMC":
                    marked.Push(null);
                    break;
                case "BDC":
                    marked.Push(MarkedText.From(file, resources, operands.Count > 0 ? operands[^1] : null));
                    break;
                case "EMC":
                    if (marked.Count > 0 && marked.Pop() is { } actual)
                    {
                        output.AddActualText(actual);
                    }

                    break;
            }

            operands.Clear();
        }
    }

    private void Show(TextState text, object? operand, Stack<MarkedText?> marked)
    {
        if (operand is not PdfString str || str.Bytes.Length == 0)
        {
            return;
        }

        var font = text.Graphics.Font ?? fonts.Fallback;
        var actual = FindActualText(marked);
        var bytes = str.Bytes;
        var position = 0;
        while (position < bytes.Length)
        {
            var length = font.NextCode(bytes, position, out var code);
            position += length;
            var glyphText = font.GetText(code);
            var width = font.GetWidth(code);
            var isSpaceCode = length == 1 && code == 32;
            if (actual is not null)
            {
                actual.Capture(text, font, width);
            }
            else if (glyphText is not null)
            {
                text.Emit(output, glyphText, font, width, isSpaceCode);
            }

            text.Advance(font, width, isSpaceCode);
        }
    }

    private static MarkedText? FindActualText(Stack<MarkedText?> marked)
    {
        foreach (var entry in marked)
        {
            if (entry is not null)
            {
                return entry;
            }
        }

        return null;
    }

    private void DrawXObject(PdfDictionary? resources, string name, GraphicsState graphics, int depth)
    {
        var xobjects = file.ResolveDictionary(resources?["XObject"]);
        if (file.Resolve(xobjects?[name]) is not PdfStream form || form.Dictionary.GetName("Subtype") != "Form")
        {
            return;
        }

        if (depth >= file.MaxDepth || !activeForms.Add(form))
        {
            return;
        }

        try
        {
            var matrix = file.ResolveArray(form.Dictionary["Matrix"]) is { Count: 6 } values
                ? ReadMatrix(values.Select(file.Resolve).ToList())
                : Matrix.Identity;
            var formResources = file.ResolveDictionary(form.Dictionary["Resources"]) ?? resources;
            var state = graphics;
            state.Ctm = matrix.Multiply(graphics.Ctm);
            Execute(file.DecodeStream(form), formResources, state, depth + 1);
        }
        finally
        {
            activeForms.Remove(form);
        }
    }

    private void ApplyExtGState(PdfDictionary? resources, string name, ref GraphicsState graphics)
    {
        var states = file.ResolveDictionary(resources?["ExtGState"]);
        if (file.ResolveDictionary(states?[name]) is { } state && file.ResolveArray(state["Font"]) is { Count: 2 } fontEntry)
        {
            graphics.Font = fonts.Get(fontEntry[0]) ?? graphics.Font;
            graphics.FontSize = PdfValues.ToDouble(file.Resolve(fontEntry[1]), graphics.FontSize);
        }
    }

    private static Matrix ReadMatrix(List<object?> operands)
    {
        var n = operands.Count;
        return new Matrix(
            PdfValues.ToDouble(operands[n - 6]),
            PdfValues.ToDouble(operands[n - 5]),
            PdfValues.ToDouble(operands[n - 4]),
            PdfValues.ToDouble(operands[n - 3]),
            PdfValues.ToDouble(operands[n - 2]),
            PdfValues.ToDouble(operands[n - 1]));
    }
}

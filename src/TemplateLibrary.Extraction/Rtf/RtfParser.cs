using System.Globalization;
using System.Text;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Common;

namespace TemplateLibrary.Extraction.Rtf;

/// <summary>
/// Reads RTF token by token: groups carry state, control words change it or start destinations, text bytes are
/// decoded in the current font's code page, \uN escapes with their \ucN fallbacks, \'hh hex escapes, \bin data.
/// </summary>
internal sealed class RtfParser
{
    private const int MaxWordLength = 32;
    private readonly byte[] data;
    private readonly int maxDepth;
    private readonly CancellationToken cancellationToken;
    private readonly FlowTextBuilder text;
    private readonly Stack<RtfGroupState> stack = new();
    private readonly Dictionary<int, Encoding> encodings = [];
    private RtfGroupState state = new();
    private int pos;
    private int fallbackToSkip;
    private bool starred;
    private bool groupStart;

    public RtfParser(byte[] data, FlowTextBuilder text, int maxDepth, CancellationToken cancellationToken)
    {
        this.data = data;
        this.text = text;
        this.maxDepth = maxDepth;
        this.cancellationToken = cancellationToken;
    }

    public RtfHeader Header { get; } = new();

    public void Parse()
    {
        var steps = 0;
        while (pos < data.Length)
        {
            if ((++steps & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var b = data[pos];
            switch (b)
            {
                case (byte)'{':
                    pos++;
                    OpenGroup();
                    break;
                case (byte)'}':
                    pos++;
                    CloseGroup();
                    break;
                case (byte)'\\':
                    ReadControl();
                    break;
                case (byte)'\r' or (byte)'\n':
                    pos++;
                    break;
                default:
                    ReadText();
                    break;
            }
        }

        text.Finish();
    }

    private void OpenGroup()
    {
        if (stack.Count >= maxDepth)
        {
            throw new ExtractionException(string.Create(CultureInfo.InvariantCulture, $"too deeply nested: RTF groups nest more than {maxDepth} levels deep"));
        }

        stack.Push(state);
        state = state.Clone();
        fallbackToSkip = 0;
        starred = false;
        groupStart = true;
    }

    private void CloseGroup()
    {
        if (stack.Count == 0)
        {
            // Text after the document's closing brace is not part of it.
            pos = data.Length;
            return;
        }

        var closing = state;
        state = stack.Pop();
        fallbackToSkip = 0;
        starred = false;
        groupStart = false;
        if (closing.InNote && !state.InNote)
        {
            text.EndNoteParagraph();
        }
    }

    /// <summary>Skips the rest of the current group in one pass: braces counted, escapes and \bin data stepped over.</summary>
    private void SkipGroup()
    {
        var depth = 1;
        while (pos < data.Length)
        {
            var b = data[pos++];
            if (b == '\\')
            {
                if (pos + 3 < data.Length && data[pos] == 'b' && data[pos + 1] == 'i' && data[pos + 2] == 'n' && IsDigitOrMinus(data[pos + 3]))
                {
                    pos += 3;
                    SkipBinary(ReadNumber() ?? 0);
                }
                else
                {
                    pos++;
                }
            }
            else if (b == '{')
            {
                depth++;
            }
            else if (b == '}' && --depth == 0)
            {
                pos--;
                CloseGroupAt();
                return;
            }
        }
    }

    private void CloseGroupAt()
    {
        pos++;
        CloseGroup();
    }

    private void ReadControl()
    {
        pos++;
        if (pos >= data.Length)
        {
            return;
        }

        var c = data[pos];
        if (!IsLetter(c))
        {
            pos++;
            ControlSymbol((char)c);
            return;
        }

        var start = pos;
        while (pos < data.Length && IsLetter(data[pos]) && pos - start < MaxWordLength)
        {
            pos++;
        }

        var word = Encoding.ASCII.GetString(data, start, pos - start);
        var parameter = ReadNumber();
        if (pos < data.Length && data[pos] == ' ')
        {
            pos++;
        }

        ControlWord(word, parameter);
    }

    private int? ReadNumber()
    {
        var negative = pos < data.Length && data[pos] == '-';
        var start = negative ? pos + 1 : pos;
        var end = start;
        while (end < data.Length && end - start < 10 && data[end] is >= (byte)'0' and <= (byte)'9')
        {
            end++;
        }

        if (end == start)
        {
            return null;
        }

        pos = end;
        var value = long.Parse(data.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture);
        return (int)Math.Clamp(negative ? -value : value, int.MinValue, int.MaxValue);
    }

    private void ControlSymbol(char symbol)
    {
        groupStart = false;
        switch (symbol)
        {
            case '*':
                starred = true;
                groupStart = true;
                return;
            case '\'':
                HexByte();
                return;
            case '\\' or '{' or '}':
                Byte((byte)symbol);
                return;
            case '~':
                Char('\u00A0');
                return;
            case '_':
                Char('-');
                return;
            case '\r' or '\n':
                ControlWord("par", null);
                return;
            case '-':
            default:
                ConsumeFallback();
                return;
        }
    }

    private void HexByte()
    {
        if (pos + 1 < data.Length && IsHex(data[pos]) && IsHex(data[pos + 1]))
        {
            var value = (byte)((HexValue(data[pos]) << 4) | HexValue(data[pos + 1]));
            pos += 2;
            Byte(value);
        }
    }

    private void ControlWord(string word, int? parameter)
    {
        var atGroupStart = groupStart;
        var isStarred = starred;
        groupStart = false;
        starred = false;
        if (Destination(word, atGroupStart, isStarred))
        {
            return;
        }

        switch (word)
        {
            case "uc":
                state.UnicodeSkip = Math.Clamp(parameter ?? 1, 0, 10);
                return;
            case "u" when parameter is { } code:
                Unicode(code);
                return;
            default:
                break;
        }

        switch (state.Destination)
        {
            case RtfDestination.FontTable:
                FontTableWord(word, parameter);
                return;
            case RtfDestination.StyleSheet:
                StyleSheetWord(word, parameter);
                return;
            case RtfDestination.Info:
                if (state.InfoName is "creatim" or "revtim" && word is "yr" or "mo" or "dy" or "hr" or "min")
                {
                    Header.InfoTimePart(state.InfoName, word, parameter ?? 0);
                }

                return;
            case RtfDestination.Skip:
                return;
            default:
                BodyWord(word, parameter);
                return;
        }
    }

    /// <summary>Handles a control word that opens a destination; false when it is an ordinary word.</summary>
    private bool Destination(string word, bool atGroupStart, bool isStarred)
    {
        switch (word)
        {
            case "fonttbl":
                state.Destination = RtfDestination.FontTable;
                return true;
            case "stylesheet":
                state.Destination = RtfDestination.StyleSheet;
                return true;
            case "info" or "userprops":
                state.Destination = RtfDestination.Info;
                state.InfoName = null;
                return true;
            case "footnote":
                state.InNote = true;
                state.Destination = RtfDestination.Body;
                state.ResetParagraph();
                return true;
            case "upr":
                // {\upr{ANSI version}{\*\ud{Unicode version}}}: the first is for old readers.
                state.UnicodeVersionDestination = state.Destination;
                state.Destination = RtfDestination.Skip;
                return true;
            case "ud":
                if (state.UnicodeVersionDestination is { } destination)
                {
                    state.Destination = destination;
                    state.UnicodeVersionDestination = null;
                }

                return true;
            default:
                break;
        }

        if (state.Destination == RtfDestination.Info && RtfDestinations.InfoFields.Contains(word))
        {
            state.InfoName = word;
            Header.BeginInfo(word);
            return true;
        }

        if (state.Destination == RtfDestination.Info && state.InfoName is null && atGroupStart)
        {
            SkipGroup();
            return true;
        }

        if (RtfDestinations.Skipped.Contains(word) || (isStarred && atGroupStart && !RtfDestinations.StarredRead.Contains(word)))
        {
            SkipGroup();
            return true;
        }

        return false;
    }

    private void FontTableWord(string word, int? parameter)
    {
        switch (word)
        {
            case "f" when parameter is { } number:
                Header.FontNumber(number);
                break;
            case "fcharset" when parameter is { } charset:
                Header.FontCharset(charset);
                break;
            case "cpg" when parameter is { } codePage:
                Header.FontCodePage(codePage);
                break;
            default:
                break;
        }
    }

    private void StyleSheetWord(string word, int? parameter)
    {
        switch (word)
        {
            case "s":
                Header.StyleNumber(parameter ?? 0);
                break;
            case "cs" or "ds" or "ts":
                Header.StyleNumber(-1);
                break;
            case "outlinelevel":
                Header.StyleOutline(parameter ?? -1);
                break;
            default:
                break;
        }
    }

    private void BodyWord(string word, int? parameter)
    {
        switch (word)
        {
            case "ansicpg" when parameter is > 0:
                Header.DefaultCodePage = parameter.Value;
                return;
            case "mac":
                Header.DefaultCodePage = 10000;
                return;
            case "pc":
                Header.DefaultCodePage = 437;
                return;
            case "pca":
                Header.DefaultCodePage = 850;
                return;
            case "deff" when parameter is { } font:
                Header.DefaultFont = font;
                return;
            case "f" when parameter is { } font:
                var found = Header.FontOf(font);
                state.CodePage = found?.CodePage;
                state.SymbolFont = found?.Symbol ?? false;
                return;
            case "v":
                state.Hidden = parameter is not 0;
                return;
            case "pard":
                state.ResetParagraph();
                return;
            case "plain":
                state.Hidden = false;
                return;
            case "s":
                state.Style = parameter ?? 0;
                return;
            case "outlinelevel":
                state.OutlineLevel = parameter ?? -1;
                return;
            case "intbl":
                state.InTable = true;
                return;
            case "bin":
                SkipBinary(parameter ?? 0);
                return;
            default:
                break;
        }

        if (state.Hidden || state.Destination != RtfDestination.Body)
        {
            return;
        }

        switch (word)
        {
            case "par" or "sect":
                text.EndParagraph(HeadingLevel(), state.InTable, state.InNote);
                break;
            case "line" or "page":
                Char('\n');
                break;
            case "tab":
                Char('\t');
                break;
            case "cell" or "nestcell":
                text.EndCell();
                break;
            case "row" or "nestrow":
                text.EndRow();
                break;
            case "emdash":
                Char('\u2014');
                break;
            case "endash":
                Char('\u2013');
                break;
            case "lquote":
                Char('\u2018');
                break;
            case "rquote":
                Char('\u2019');
                break;
            case "ldblquote":
                Char('\u201C');
                break;
            case "rdblquote":
                Char('\u201D');
                break;
            case "bullet":
                Char('\u2022');
                break;
            case "emspace" or "enspace" or "qmspace":
                Char(' ');
                break;
            default:
                ConsumeFallback();
                break;
        }
    }

    private int? HeadingLevel() =>
        state.InTable ? null : state.OutlineLevel is >= 0 and < 9 ? state.OutlineLevel + 1 : Header.HeadingLevelOf(state.Style);

    private void Unicode(int code)
    {
        var c = (char)(code < 0 ? code + 65536 : code);
        if (state.Destination == RtfDestination.Body && !state.Hidden)
        {
            text.Append(c, state.InNote);
        }
        else
        {
            Other(c.ToString());
        }

        fallbackToSkip = state.UnicodeSkip;
    }

    private void ReadText()
    {
        groupStart = false;
        var start = pos;
        while (pos < data.Length && data[pos] is not ((byte)'\\' or (byte)'{' or (byte)'}' or (byte)'\r' or (byte)'\n'))
        {
            pos++;
        }

        if (state.Destination == RtfDestination.Body)
        {
            for (var i = start; i < pos; i++)
            {
                Byte(data[i]);
            }
        }
        else
        {
            while (start < pos && ConsumeFallback())
            {
                start++;
            }

            Other(Encoding.Latin1.GetString(data, start, pos - start));
        }
    }

    /// <summary>Text in the font table, style sheet or \info.</summary>
    private void Other(string value)
    {
        switch (state.Destination)
        {
            case RtfDestination.StyleSheet:
                Header.StyleText(value);
                break;
            case RtfDestination.Info when state.InfoName is not null:
                Header.InfoText(state.InfoName, value);
                break;
            default:
                break;
        }
    }

    private void Byte(byte value)
    {
        if (ConsumeFallback() || state.Hidden || state.Destination != RtfDestination.Body)
        {
            if (state.Destination != RtfDestination.Body)
            {
                Other(EncodingOf(state.CodePage ?? Header.DefaultCodePage).GetString([value]));
            }

            return;
        }

        if (value < 0x20 && value != '\t')
        {
            return;
        }

        if (state.SymbolFont)
        {
            // Symbol fonts draw bullets and arrows at letter codes; the letters would be noise.
            if (value >= 0x80)
            {
                text.Append('\u2022', state.InNote);
            }

            return;
        }

        text.AppendByte(value, EncodingOf(state.CodePage ?? Header.DefaultCodePage), state.InNote);
    }

    private void Char(char value)
    {
        if (!ConsumeFallback() && !state.Hidden && state.Destination == RtfDestination.Body)
        {
            text.Append(value, state.InNote);
        }
    }

    /// <summary>True (and counted) while the fallback characters after a \uN are being dropped.</summary>
    private bool ConsumeFallback()
    {
        if (fallbackToSkip <= 0)
        {
            return false;
        }

        fallbackToSkip--;
        return true;
    }

    private void SkipBinary(int length)
    {
        if (pos < data.Length && data[pos] == ' ')
        {
            pos++;
        }

        pos = (int)Math.Min(data.Length, (long)pos + Math.Max(0, length));
    }

    private Encoding EncodingOf(int codePage)
    {
        if (!encodings.TryGetValue(codePage, out var encoding))
        {
            encodings[codePage] = encoding = RtfCharsets.EncodingOf(codePage);
        }

        return encoding;
    }

    private static bool IsLetter(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';

    private static bool IsDigitOrMinus(byte b) => b is >= (byte)'0' and <= (byte)'9' or (byte)'-';

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace TemplateLibrary.Tools.CorpusBuilder.Conversion;

/// <summary>Replaces the build-time dates and file id in a PDF with fixed values of the same length, so offsets stay valid.</summary>
internal static partial class PdfNormalizer
{
    /// <summary>Returns the PDF with every Info date set to <paramref name="dateDigits"/> (14 digits) and its /ID derived from <paramref name="seed"/>.</summary>
    public static byte[] Normalize(byte[] pdf, string dateDigits, string seed)
    {
        // Latin-1 maps every byte to one char and back, so binary streams survive the round trip.
        var text = Encoding.Latin1.GetString(pdf);
        text = InfoDate().Replace(text, m => m.Groups[1].Value + dateDigits);
        var idHex = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));
        text = FileId().Replace(text, m =>
            m.Groups[1].Value + Fit(idHex, m.Groups[2].Length) + m.Groups[3].Value + Fit(idHex, m.Groups[4].Length) + ">");
        text = DocChecksum().Replace(text, m => m.Groups[1].Value + Fit(idHex, m.Groups[2].Length));
        text = RenumberStructureIds(text);
        return Encoding.Latin1.GetBytes(text);
    }

    // Chromium names tagged-PDF structure elements after DOM node ids, which shift between runs.
    // Subtracting the smallest keeps them unique, ordered (the /IDTree is sorted) and the same length.
    private static string RenumberStructureIds(string text)
    {
        var matches = NodeId().Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var offset = matches.Min(m => long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)) - 1;
        return NodeId().Replace(text, m =>
        {
            var digits = m.Groups[2].Value;
            var value = long.Parse(digits, CultureInfo.InvariantCulture) - offset;
            return m.Groups[1].Value + value.ToString(CultureInfo.InvariantCulture).PadLeft(digits.Length, '0') + ")";
        });
    }

    private static string Fit(string hex, int length) =>
        string.Concat(Enumerable.Repeat(hex, (length / hex.Length) + 1))[..length];

    [GeneratedRegex(@"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}")]
    private static partial Regex InfoDate();

    [GeneratedRegex(@"(\(node)(\d{8})\)")]
    private static partial Regex NodeId();

    [GeneratedRegex(@"(/DocChecksum\s*/)([0-9A-Fa-f]+)")]
    private static partial Regex DocChecksum();

    [GeneratedRegex(@"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)>")]
    private static partial Regex FileId();
}

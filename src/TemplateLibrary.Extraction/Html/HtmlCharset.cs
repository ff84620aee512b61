using System.Text;
using System.Text.RegularExpressions;
using TemplateLibrary.Extraction.Common;

namespace TemplateLibrary.Extraction.Html;

/// <summary>Finds the charset an HTML file declares in a meta element near its start.</summary>
internal static partial class HtmlCharset
{
    private const int PrescanBytes = 2048;

    public static Encoding? Declared(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes.Length > PrescanBytes ? bytes[..PrescanBytes] : bytes);
        var match = MetaCharset().Match(head);
        if (!match.Success || TextDecoding.FromLabel(match.Groups["charset"].Value) is not { } declared)
        {
            return null;
        }

        // A page that can declare its charset in ASCII bytes is not UTF-16 or UTF-32, whatever it says.
        return declared is UnicodeEncoding or UTF32Encoding ? Encoding.UTF8 : declared;
    }

    [GeneratedRegex(@"<meta[^>]*?charset\s*=\s*[""']?(?<charset>[A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MetaCharset();
}

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
        return match.Success ? TextDecoding.FromLabel(match.Groups["charset"].Value) : null;
    }

    [GeneratedRegex(@"<meta[^>]*?charset\s*=\s*[""']?(?<charset>[A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MetaCharset();
}

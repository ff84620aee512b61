using System.Globalization;
using System.Text;
using TemplateLibrary.Tools.CorpusBuilder.Sources;

namespace TemplateLibrary.Tools.CorpusBuilder.Output;

/// <summary>Writes corpus/manifest.csv: RFC 4180, UTF-8 without BOM, CRLF line ends, rows sorted by path.</summary>
internal static class ManifestWriter
{
    public const string Header = "path,title,category,model,type,councils,year,powers,summary";

    public static string Render(IEnumerable<SourceDocument> documents)
    {
        var csv = new StringBuilder();
        csv.Append(Header).Append("\r\n");
        foreach (var document in documents.OrderBy(d => d.CorpusPath, StringComparer.Ordinal))
        {
            string[] cells =
            [
                document.CorpusPath, document.Title, string.Join(";", document.Categories), document.Model, document.Type,
                string.Join(";", document.Councils), document.Year.ToString(CultureInfo.InvariantCulture),
                string.Join(";", document.Powers), document.Summary,
            ];
            csv.AppendJoin(',', cells.Select(Escape)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Escape(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}

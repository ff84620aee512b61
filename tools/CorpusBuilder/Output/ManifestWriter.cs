using System.Globalization;
using TemplateLibrary.Core.Csv;
using TemplateLibrary.Tools.CorpusBuilder.Sources;

namespace TemplateLibrary.Tools.CorpusBuilder.Output;

/// <summary>Writes corpus/manifest.csv: RFC 4180, UTF-8 without BOM, CRLF line ends, rows sorted by path.</summary>
internal static class ManifestWriter
{
    // The corpus's columns: a subset of the manifest's (no partners).
    private static readonly string[] Header = ["path", "title", "category", "model", "type", "councils", "year", "powers", "summary"];

    public static string Render(IEnumerable<SourceDocument> documents) =>
        CsvTable.Render(
            Header,
            documents.OrderBy(d => d.CorpusPath, StringComparer.Ordinal).Select(document => (IReadOnlyList<string>)
            [
                document.CorpusPath, document.Title, string.Join(";", document.Categories), document.Model, document.Type,
                string.Join(";", document.Councils), document.Year.ToString(CultureInfo.InvariantCulture),
                string.Join(";", document.Powers), document.Summary,
            ]));
}

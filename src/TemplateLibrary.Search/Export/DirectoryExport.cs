using System.Text.Json;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Partnerships;

namespace TemplateLibrary.Search.Export;

/// <summary>Every arrangement of the partnerships directory a query matches (not a page of them), ready to write as a
/// spreadsheet CSV or as JSON: what <c>templib partnerships --out</c> and <c>/api/partnerships/export</c> both write.</summary>
public sealed class DirectoryExport
{
    private static readonly JsonSerializerOptions JsonOptions = ContractJson.Configure(new JsonSerializerOptions { WriteIndented = true });
    private readonly Func<string, string, string> label;

    private DirectoryExport(IReadOnlyList<Partnership> arrangements, Func<string, string, string> label)
    {
        Arrangements = arrangements;
        this.label = label;
    }

    /// <summary>The matching arrangements in the directory's order.</summary>
    public IReadOnlyList<Partnership> Arrangements { get; }

    /// <summary>Every arrangement the query matches (its paging ignored).</summary>
    public static DirectoryExport Of(PartnershipDirectory directory, PartnershipQuery query)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(query);
        const int page = 1000;
        var all = new List<Partnership>();
        PartnershipList list;
        do
        {
            list = directory.List(query with { Offset = all.Count, Limit = page });
            all.AddRange(list.Items);
        }
        while (list.Items.Count > 0 && all.Count < list.Total);

        return new DirectoryExport(all, directory.LabelOf);
    }

    /// <summary>Checks that the directory exports in the format: CSV or JSON.</summary>
    /// <exception cref="ExportException">The format is a ZIP bundle, which only a document export writes.</exception>
    public static ExportFormat Check(ExportFormat format) => format is ExportFormat.Csv or ExportFormat.Json
        ? format
        : throw new ExportException("the partnerships directory exports as csv or json");

    /// <summary>Writes the arrangements: CSV one row each, or JSON <c>{ "total", "items" }</c> in the directory's shape.</summary>
    /// <exception cref="ExportException">The format is not CSV or JSON.</exception>
    public Task WriteAsync(ExportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        return Check(format) == ExportFormat.Csv
            ? SpreadsheetCsv.WriteAsync(output, DirectoryColumns.All, Arrangements.Select(p => DirectoryColumns.Row(p, label)), cancellationToken)
            : JsonSerializer.SerializeAsync(output, new { Total = Arrangements.Count, Items = Arrangements }, JsonOptions, cancellationToken);
    }
}

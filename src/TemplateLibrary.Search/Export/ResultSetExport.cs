using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Export;

/// <summary>Every document a search finds (not a page of them), ready to write as CSV, JSON or a ZIP bundle of the
/// original files: what <c>templib export</c> and <c>/api/export</c> both write.</summary>
public sealed class ResultSetExport
{
    private readonly Func<string, string> relativePath;

    private ResultSetExport(IReadOnlyList<SearchHit> documents, Func<string, string> relativePath)
    {
        Documents = documents;
        this.relativePath = relativePath;
    }

    /// <summary>The documents in the search's order, with their full paths.</summary>
    public IReadOnlyList<SearchHit> Documents { get; }

    /// <summary>Runs the search (its page ignored); <paramref name="relativePath"/> shows a full path relative to the library root.</summary>
    /// <exception cref="Core.Errors.SearchQueryException">The query or a filter is invalid.</exception>
    public static ResultSetExport Of(LibraryIndex index, SearchRequest request, Func<string, string> relativePath)
    {
        ArgumentNullException.ThrowIfNull(index);
        return new ResultSetExport(index.SearchAll(request), relativePath);
    }

    /// <summary>Refuses what <see cref="WriteAsync"/> would refuse, without writing: a bundle's files are looked up on
    /// disk and their sizes summed, none is read.</summary>
    /// <exception cref="Core.Errors.ExportException">A bundle would be larger than the limits allow.</exception>
    public void Check(ExportFormat format, BundleLimits limits)
    {
        if (format == ExportFormat.Zip)
        {
            ZipBundle.Check(Documents, relativePath, limits);
        }
    }

    /// <summary>Writes the documents in the format; a bundle is streamed file by file within <paramref name="limits"/>.</summary>
    /// <exception cref="Core.Errors.ExportException">A bundle would be larger than the limits allow (nothing is written).</exception>
    public async Task<ExportReport> WriteAsync(ExportFormat format, Stream output, BundleLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ExportFormat.Csv:
                // Metadata only (a few hundred bytes a document): put together in memory, then copied out.
                await CsvExport.WriteAsync(output, Documents, relativePath, cancellationToken).ConfigureAwait(false);
                return new ExportReport(Documents.Count, []);
            case ExportFormat.Json:
                await JsonExport.WriteAsync(output, Documents, relativePath, cancellationToken).ConfigureAwait(false);
                return new ExportReport(Documents.Count, []);
            default:
                return await ZipBundle.WriteAsync(output, Documents, relativePath, limits, cancellationToken).ConfigureAwait(false);
        }
    }
}

namespace TemplateLibrary.Search.Export;

/// <summary>What an export writes.</summary>
public enum ExportFormat
{
    /// <summary>One row per document, every facet a column, UTF-8 with a byte order mark so Excel reads it.</summary>
    Csv,

    /// <summary>The documents as the search contract's hits, with their summaries.</summary>
    Json,

    /// <summary>The documents' original files and a manifest.csv that <c>templib ingest --manifest</c> reads back.</summary>
    Zip,
}

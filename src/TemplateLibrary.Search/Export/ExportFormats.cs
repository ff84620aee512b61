using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Search.Export;

/// <summary>The names, file extensions and content types of the export formats.</summary>
public static class ExportFormats
{
    /// <summary>The format a user named (csv, json or zip, any case).</summary>
    /// <exception cref="ExportException">The name is missing or not a format.</exception>
    public static ExportFormat Parse(string? name) => (name ?? "").Trim().ToLowerInvariant() switch
    {
        "csv" => ExportFormat.Csv,
        "json" => ExportFormat.Json,
        "zip" => ExportFormat.Zip,
        "" => throw new ExportException("say which format to export: csv, json or zip"),
        _ => throw new ExportException($"unknown export format '{name}': use csv, json or zip"),
    };

    /// <summary>The file extension, without the dot.</summary>
    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "csv",
        ExportFormat.Json => "json",
        _ => "zip",
    };

    /// <summary>The HTTP content type.</summary>
    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Json => "application/json; charset=utf-8",
        _ => "application/zip",
    };
}

using System.IO.Compression;
using System.Text;

namespace TemplateLibrary.Extraction.Registry;

/// <summary>Tells DOCX, ODT, XLSX, PPTX and other ZIP packages apart by their content-type entries.</summary>
internal static class ZipPackageDetector
{
    private const int MaxProbeChars = 64 * 1024;

    /// <summary>The package's format id (docx, odt, xlsx, pptx, ods, odp, odf), or null for another ZIP.</summary>
    public static string? Detect(Stream stream)
    {
        try
        {
            using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (archive.GetEntry("mimetype") is { } mimetype)
            {
                var type = ReadStart(mimetype).Trim();
                if (type.StartsWith("application/vnd.oasis.opendocument.", StringComparison.Ordinal))
                {
                    return type["application/vnd.oasis.opendocument.".Length..] switch
                    {
                        "text" or "text-template" or "text-master" => "odt",
                        "spreadsheet" or "spreadsheet-template" => "ods",
                        "presentation" or "presentation-template" => "odp",
                        _ => "odf",
                    };
                }
            }

            if (archive.GetEntry("[Content_Types].xml") is { } contentTypes)
            {
                var types = ReadStart(contentTypes);
                if (types.Contains("wordprocessingml", StringComparison.Ordinal)
                    || types.Contains("application/vnd.ms-word.", StringComparison.Ordinal))
                {
                    return "docx";
                }

                if (types.Contains("spreadsheetml", StringComparison.Ordinal))
                {
                    return "xlsx";
                }

                if (types.Contains("presentationml", StringComparison.Ordinal))
                {
                    return "pptx";
                }
            }

            if (archive.GetEntry("word/document.xml") is not null)
            {
                return "docx";
            }

            return archive.GetEntry("content.xml") is not null ? "odt" : null;
        }
        finally
        {
            stream.Position = 0;
        }
    }

    private static string ReadStart(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        var buffer = new char[MaxProbeChars];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read);
    }
}

using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Extraction.Registry;

/// <summary>Turns the exceptions parsers throw on broken files into reasons a librarian understands.</summary>
internal static class ExtractionFailure
{
    private const int MaxDetailChars = 120;

    public static ExtractionException Wrap(Exception exception, string format)
    {
        var label = FormatLabels.For(format);
        var detail = exception switch
        {
            InvalidDataException => "the ZIP archive is incomplete or corrupt",
            EndOfStreamException => "the file ends too early",
            OpenXmlPackageException => "not a valid Office package: " + Shorten(exception.Message),
            FileFormatException => "the package structure is invalid",
            XmlException xml => $"malformed XML at line {xml.LineNumber}",
            _ => Shorten(exception.Message),
        };
        return new ExtractionException($"truncated or damaged {label} ({detail})", exception);
    }

    private static string Shorten(string message)
    {
        var firstLine = message.Split('\n', 2)[0].Trim().TrimEnd('.');
        return firstLine.Length <= MaxDetailChars ? firstLine : firstLine[..MaxDetailChars] + "…";
    }
}

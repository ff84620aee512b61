using TemplateLibrary.Extraction.Templates.Scanning;

namespace TemplateLibrary.Extraction.Templates;

/// <summary>A template read into blocks of text that can be rewritten in place.</summary>
internal interface ITemplateDocument
{
    /// <summary>The format id.</summary>
    string Format { get; }

    /// <summary>The file extension, with its dot.</summary>
    string Extension { get; }

    /// <summary>Every paragraph (and table-cell paragraph) in reading order, headers and footers included.</summary>
    IReadOnlyList<TemplateBlock> Blocks { get; }

    /// <summary>Replaces one placeholder with a value inserted as text; call for a block's markers from last to first.</summary>
    /// <returns>False when this placeholder cannot be rewritten exactly and was left as it was.</returns>
    bool Replace(TemplateBlock block, Marker marker, string value);

    /// <summary>The rewritten file.</summary>
    byte[] Save();
}

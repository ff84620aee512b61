namespace TemplateLibrary.Extraction.Rtf;

/// <summary>Where the text of a group goes.</summary>
internal enum RtfDestination
{
    /// <summary>The document body (or a footnote, a shape's text, a field result).</summary>
    Body,

    /// <summary>Nothing: pictures, field codes, headers, tables of fonts and colours.</summary>
    Skip,

    /// <summary>The font table: font numbers and their charsets.</summary>
    FontTable,

    /// <summary>The style sheet: style numbers, names and outline levels.</summary>
    StyleSheet,

    /// <summary>A document property inside \info (title, author…).</summary>
    Info,
}

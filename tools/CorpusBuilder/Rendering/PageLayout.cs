namespace TemplateLibrary.Tools.CorpusBuilder.Rendering;

/// <summary>The kind of HTML page a source is rendered into.</summary>
internal enum PageLayout
{
    /// <summary>A printable council document, styled for LibreOffice import.</summary>
    OfficeImport,

    /// <summary>A printable council document for Chromium (A4, running margins).</summary>
    Print,

    /// <summary>A printable document set in two columns.</summary>
    PrintTwoColumn,

    /// <summary>A council web page with navigation, footer and a script.</summary>
    WebPage,
}

namespace TemplateLibrary.Tools.CorpusBuilder.Rendering;

/// <summary>The CSS of the rendered pages: a plain council-document house style.</summary>
internal static class Stylesheets
{
    public const string Document = """
        body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1b1b1b; }
        h1 { font-size: 20pt; color: #123f6b; border-bottom: 2px solid #123f6b; padding-bottom: 4pt; margin: 0 0 12pt 0; }
        h2 { font-size: 14pt; color: #123f6b; margin: 16pt 0 6pt 0; }
        h3 { font-size: 12pt; color: #2a5d8f; margin: 12pt 0 4pt 0; }
        h4 { font-size: 11pt; margin: 10pt 0 4pt 0; }
        p { margin: 0 0 7pt 0; }
        ul, ol { margin: 0 0 8pt 0; }
        li { margin-bottom: 3pt; }
        table { border-collapse: collapse; width: 100%; margin: 6pt 0 12pt 0; font-size: 9.5pt; }
        th { background: #dce6f0; color: #0f2f52; text-align: left; border: 1px solid #7f9ab5; padding: 4pt 6pt; }
        td { border: 1px solid #9fb3c8; padding: 4pt 6pt; vertical-align: top; }
        tr:nth-child(even) td { background: #f4f7fa; }
        blockquote { border-left: 3px solid #9fb3c8; margin: 8pt 0; padding: 2pt 10pt; color: #333; }
        code { font-family: 'DejaVu Sans Mono', monospace; font-size: 9pt; }
        .doc-meta { font-size: 9pt; color: #555; margin-bottom: 10pt; }
        """;

    public const string OfficeImport = """
        h1, h2, h3, h4 { font-family: 'DejaVu Sans', Arial, sans-serif; }
        table { margin: 0; }
        """;

    public const string Print = """
        @page { size: A4; margin: 22mm 20mm 24mm 20mm; }
        h2, h3 { break-after: avoid; }
        tr, li { break-inside: avoid; }
        """;

    public const string TwoColumn = """
        .columns { column-count: 2; column-gap: 9mm; column-rule: 1px solid #c8d3de; text-align: justify; hyphens: auto; }
        .columns h2 { font-size: 12.5pt; }
        .columns h2, .columns h3, .columns h4, .columns th { text-align: left; }
        .columns table { font-size: 8.5pt; }
        h1 { column-span: all; }
        """;

    public const string WebPage = """
        body { margin: 0; background: #f3f5f7; }
        .skip-link { position: absolute; left: -9999px; }
        .skip-link:focus { left: 8px; top: 8px; background: #ffdd00; padding: 6px; }
        .site-header { background: #123f6b; color: #fff; padding: 14px 32px; }
        .site-header a { color: #fff; text-decoration: none; font-weight: bold; font-size: 18pt; }
        .site-nav { background: #0c2e50; padding: 8px 32px; }
        .site-nav a { color: #e6eef6; margin-right: 18px; text-decoration: none; }
        .breadcrumb { font-size: 9pt; color: #555; margin: 12px 32px 0 32px; }
        .layout { display: flex; gap: 24px; margin: 12px 32px 32px 32px; }
        main { background: #fff; padding: 24px 32px; flex: 3; }
        aside { flex: 1; background: #fff; padding: 16px; font-size: 9.5pt; }
        .site-footer { background: #222; color: #ccc; padding: 18px 32px; font-size: 9pt; }
        .site-footer a { color: #ccc; }
        .cookie-banner { position: fixed; bottom: 0; left: 0; right: 0; background: #ffdd00; padding: 10px 32px; display: none; }
        """;
}

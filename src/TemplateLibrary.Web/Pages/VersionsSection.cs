using System.Globalization;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Html;

namespace TemplateLibrary.Web.Pages;

/// <summary>The document page's versions: each version with its date and the current marker, and for each earlier one
/// its text against the current one's (removed words struck through, added words underlined).</summary>
internal static class VersionsSection
{
    /// <summary>Writes the section; nothing when the document has no other version.</summary>
    public static void Write(HtmlWriter html, IReadOnlyList<DocumentVersion> versions, string? query)
    {
        if (versions.Count == 0)
        {
            return;
        }

        html.Raw("<section class=\"versions\" id=\"versions\" aria-labelledby=\"versions-heading\"><h2 id=\"versions-heading\">Versions (")
            .Number(versions.Count).Raw(")</h2><ol class=\"version-list\">");
        foreach (var version in versions)
        {
            html.Raw("<li>").Link(DocumentPage.Url(version.Id, query), version.Title).Raw(" <span class=\"muted\">")
                .Text(version.Date.Value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Raw(" (").Text(SourceLabel(version.Date.Source)).Raw(")</span>");
            if (version.IsCurrent)
            {
                html.Raw(" <span class=\"pill pill-current\">Current</span></li>");
                continue;
            }

            html.Raw("<details class=\"version-diff\"><summary>Changes to the current version: ")
                .Number(version.WordsRemoved).Raw(" words removed, ").Number(version.WordsAdded).Raw(" added</summary><p class=\"diff\">");
            foreach (var segment in version.Changes)
            {
                switch (segment.Kind)
                {
                    case DiffKind.Added:
                        html.Raw("<ins>").Text(segment.Text).Raw("</ins>");
                        break;
                    case DiffKind.Removed:
                        html.Raw("<del>").Text(segment.Text).Raw("</del>");
                        break;
                    case DiffKind.Gap:
                        html.Raw("<span class=\"muted diff-gap\">").Text(segment.Text).Raw("</span>");
                        break;
                    default:
                        html.Text(segment.Text);
                        break;
                }
            }

            html.Raw("</p></details></li>");
        }

        html.Raw("</ol></section>");
    }

    private static string SourceLabel(string source) => source switch
    {
        "file-modified" => "modified date in the file",
        "file-created" => "created date in the file",
        "text" => "date in the text",
        "year" => "year",
        _ => "file modified time",
    };
}

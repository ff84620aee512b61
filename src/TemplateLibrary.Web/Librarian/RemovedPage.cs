using System.Globalization;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Librarian;

/// <summary>What a librarian sees at a removed document's address: who removed it and when, and a button to restore it.</summary>
internal static class RemovedPage
{
    /// <summary>Renders the page.</summary>
    public static string Render(Tombstone tombstone, (string Field, string Token) form)
    {
        ArgumentNullException.ThrowIfNull(tombstone);
        var html = new HtmlWriter();
        Layout.Begin(html, "Removed: " + tombstone.Title, "");
        html.Raw("<h1>").Text(tombstone.Title).Raw("</h1><div class=\"notice\" role=\"status\"><p>This document was removed by <strong>").Text(tombstone.User)
            .Raw("</strong> on ").Text(tombstone.RemovedAt.UtcDateTime.ToString("d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture))
            .Raw(". It stays out of searches and ingests until it is restored; restoring brings back its corrections.</p></div>");
        WriteRestoreForm(html, tombstone, form);
        html.Raw("<p>").Link(ReviewPage.Path + "#removed-heading", "Every removed document").Raw("</p>");
        return Layout.End(html).ToString();
    }

    /// <summary>The restore button's form.</summary>
    public static void WriteRestoreForm(HtmlWriter html, Tombstone tombstone, (string Field, string Token) form)
    {
        ArgumentNullException.ThrowIfNull(tombstone);
        html.Raw("<form method=\"post\" action=\"/documents/").Text(Uri.EscapeDataString(tombstone.Id)).Raw("/restore\">").TokenField(form.Field, form.Token)
            .Raw("<button type=\"submit\" class=\"button primary\">Restore<span class=\"visually-hidden\"> ").Text(tombstone.Title).Raw("</span></button></form>");
    }
}

namespace TemplateLibrary.Extraction.Rtf;

/// <summary>The RTF destinations (group-opening control words) whose text is not document text, and the starred ones we read.</summary>
internal static class RtfDestinations
{
    /// <summary>Groups skipped whole: pictures, field codes, headers and footers, tables of lists, revisions, themes.</summary>
    public static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "colortbl", "pict", "themedata", "colorschememapping", "latentstyles", "datastore", "xmlnstbl",
        "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf",
        "listtable", "listoverridetable", "revtbl", "rsidtbl", "generator", "fldinst", "objdata", "objclass",
        "nonshppict", "shprslt", "sp", "private", "pgdsctbl", "filetbl", "mmathPr", "docvar",
        "template", "operator", "comment", "doccomm", "annotation", "atnid", "atnauthor", "atndate", "atnref",
        "bkmkstart", "bkmkend", "xe", "tc", "tcn", "pn", "pnseclvl", "listpicture", "fchars", "lchars", "falt",
        "panose", "defchp", "defpap", "wgrffmtfilter", "ftnsep", "ftnsepc", "ftncn", "aftnsep", "aftnsepc", "aftncn",
        "txe", "rxe", "company", "manager", "category", "hlinkbase", "nextfile", "printim", "buptim",
        "passwordhash", "protusertbl", "ebcstart", "ebcend", "formfield", "blipuid",
    };

    /// <summary>Starred (\*) destinations whose text is document text; any other starred group is skipped.</summary>
    public static readonly HashSet<string> StarredRead = new(StringComparer.Ordinal)
    {
        "shpinst", "shptxt", "ud", "fldrslt",
    };

    /// <summary>The \info and \userprops children kept as document metadata.</summary>
    public static readonly HashSet<string> InfoFields = new(StringComparer.Ordinal)
    {
        "title", "subject", "author", "keywords", "creatim", "revtim", "propname", "staticval",
    };
}

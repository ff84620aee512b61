namespace TemplateLibrary.Web.Accounts;

/// <summary>The roles an account has: a reader searches, a librarian also changes the library, an administrator also manages accounts.</summary>
public static class Roles
{
    /// <summary>Reads and searches.</summary>
    public const string Reader = "reader";

    /// <summary>Uploads, corrects, removes and restores documents.</summary>
    public const string Librarian = "librarian";

    /// <summary>A librarian who also manages accounts.</summary>
    public const string Admin = "admin";

    /// <summary>The authorization policy of every write route.</summary>
    public const string LibrarianPolicy = "librarian";

    /// <summary>The authorization policy of the account management routes.</summary>
    public const string AdminPolicy = "admin";

    /// <summary>Every role, lowest first.</summary>
    public static IReadOnlyList<string> All { get; } = [Reader, Librarian, Admin];
}

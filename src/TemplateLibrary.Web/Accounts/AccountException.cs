using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Web.Accounts;

/// <summary>An account request that cannot be done: an unknown name, a name taken, a role or password not accepted.</summary>
public sealed class AccountException : TemplateLibraryException
{
    /// <summary>Creates the error with its one-line message.</summary>
    public AccountException(string message)
        : base(message)
    {
    }
}

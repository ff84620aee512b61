using TemplateLibrary.Web.Audit;

namespace TemplateLibrary.Web.Accounts;

/// <summary>An administrator's changes to the accounts, each recorded in the audit trail with who made it; the one
/// implementation behind `templib users` and the /accounts page.</summary>
public sealed class AccountAdministration(AccountStore accounts, AuditLog audit)
{
    /// <summary>Every account, by name.</summary>
    public IReadOnlyList<Account> List() => accounts.List();

    /// <summary>Adds an account for <paramref name="user"/>.</summary>
    /// <exception cref="AccountException">The name is taken or invalid, the role unknown or the password too short.</exception>
    public void Add(string name, string role, string password, string user)
    {
        accounts.Add(name, role, password);
        audit.Record(user, AuditActions.AccountAdd, name, null, role);
    }

    /// <summary>Removes an account and its token for <paramref name="user"/>.</summary>
    /// <exception cref="AccountException">No account has the name.</exception>
    public void Remove(string name, string user)
    {
        var role = accounts.List().FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase))?.Role;
        accounts.Remove(name);
        audit.Record(user, AuditActions.AccountRemove, name, role, null);
    }

    /// <summary>Sets a new password for <paramref name="user"/>.</summary>
    /// <exception cref="AccountException">No account has the name, or the password is too short.</exception>
    public void ResetPassword(string name, string password, string user)
    {
        accounts.ResetPassword(name, password);
        audit.Record(user, AuditActions.AccountReset, name);
    }

    /// <summary>Issues a new API token for <paramref name="user"/> (replacing the old one) and returns it; only its hash is kept.</summary>
    /// <exception cref="AccountException">No account has the name.</exception>
    public string IssueToken(string name, string user)
    {
        var token = accounts.IssueToken(name);
        audit.Record(user, AuditActions.AccountToken, name);
        return token;
    }
}

namespace TemplateLibrary.Web.Accounts;

/// <summary>An account as listed: its name, role, when it was made and whether it has an API token.</summary>
/// <param name="Name">The sign-in name.</param>
/// <param name="Role">reader, librarian or admin.</param>
/// <param name="Created">When the account was added.</param>
/// <param name="HasToken">True when an API token has been issued.</param>
public sealed record Account(string Name, string Role, DateTimeOffset Created, bool HasToken);

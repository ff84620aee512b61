namespace TemplateLibrary.Web.Audit;

/// <summary>One recorded write: who did what to which thing, when, and the values before and after.</summary>
/// <param name="Id">The entry's number, rising.</param>
/// <param name="At">When (UTC).</param>
/// <param name="User">The account name, or cli:NAME for the command line.</param>
/// <param name="Action">One of <see cref="AuditActions"/>.</param>
/// <param name="Target">A document id, an account name or the ingested paths.</param>
/// <param name="Before">The value before, if any.</param>
/// <param name="After">The value after, if any.</param>
public sealed record AuditEntry(long Id, DateTimeOffset At, string User, string Action, string Target, string? Before, string? After);

using TemplateLibrary.Core.Clauses;

namespace TemplateLibrary.Search.Model;

/// <summary>A clause with the agreement it belongs to.</summary>
/// <param name="Id">The clause id ("{documentId}#{anchor}").</param>
/// <param name="DocumentId">The agreement's document id.</param>
/// <param name="DocumentTitle">The agreement's title.</param>
/// <param name="Clause">The clause.</param>
public sealed record DocumentClause(string Id, string DocumentId, string DocumentTitle, Clause Clause);

using TemplateLibrary.Core.Agreements;

namespace TemplateLibrary.Search.Model;

/// <summary>An agreement's next review: when it falls due and what the agreement says.</summary>
/// <param name="DocumentId">The agreement's document id.</param>
/// <param name="Title">The agreement's title.</param>
/// <param name="Due">The review date that falls due next: the stated date, or with a cycle the first cycle date from today;
/// a stated date already past with no cycle stays as it is (overdue).</param>
/// <param name="Overdue">True when <paramref name="Due"/> is before today.</param>
/// <param name="Review">The review the agreement states, with its evidence.</param>
public sealed record ReviewDue(string DocumentId, string Title, DateOnly Due, bool Overdue, ReviewFact Review)
{
    /// <summary>The next review of an agreement with a stated review date, as of <paramref name="today"/>.</summary>
    public static ReviewDue Of(string documentId, string title, ReviewFact review, DateOnly today)
    {
        var due = review.NextDue(today) ?? review.Date!.Value;
        return new ReviewDue(documentId, title, due, due < today, review);
    }
}

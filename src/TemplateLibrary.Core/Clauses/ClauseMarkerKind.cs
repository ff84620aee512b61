namespace TemplateLibrary.Core.Clauses;

/// <summary>The kinds of numbering a line can start with.</summary>
internal enum ClauseMarkerKind
{
    /// <summary>"12.", "12", "12.1", "12.1.3".</summary>
    Number,

    /// <summary>"Clause 12", "Article 4", "Standing Order 7", "Rule 3", "Section 2", "Paragraph 5".</summary>
    Keyword,

    /// <summary>"Schedule 3", "SCHEDULE 3", "Appendix B", "Annex 1".</summary>
    Schedule,

    /// <summary>"Part A", "PART 2".</summary>
    Part,

    /// <summary>"(a)", "(iv)", "(A)", "a.", "B.".</summary>
    Letter,
}

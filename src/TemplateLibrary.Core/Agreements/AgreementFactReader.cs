using TemplateLibrary.Core.Clauses;

namespace TemplateLibrary.Core.Agreements;

/// <summary>Reads an agreement's facts from its classified clauses: parties and roles, dates, term, notice period and review.</summary>
public static class AgreementFactReader
{
    /// <summary>The facts, each with the words and the clause it was read from; <see cref="AgreementFacts.None"/> without clauses.</summary>
    public static AgreementFacts Read(IReadOnlyList<Clause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        if (clauses.Count == 0)
        {
            return AgreementFacts.None;
        }

        var source = new FactSource(clauses);
        var agreementDate = TermReader.AgreementDate(source);
        var commencement = TermReader.Commencement(source, agreementDate);
        var (end, term) = TermReader.EndAndTerm(source, commencement);
        return new AgreementFacts
        {
            Parties = PartyReader.Read(source),
            AgreementDate = agreementDate,
            CommencementDate = commencement,
            EndDate = end,
            Term = term,
            NoticePeriod = NoticeReader.Read(source),
            Review = ReviewReader.Read(source, commencement),
        };
    }
}

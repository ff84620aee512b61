using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Tests.Support;

/// <summary>A small hand-counted library used by the facet and ranking tests.</summary>
/// <remarks>
/// d1 legal/lead-authority/mou 2016 (s101) Northmere · d2 legal/joint-committee/legal-agreement 2018 (s101, s102) Northmere+Southvale ·
/// d3 ict-digital/lead-authority/business-case 2019 Southvale · d4 ict-digital;legal/teckal-company/business-case 2021 (localism) ·
/// d5 waste-environmental/contracting/committee-report 2014 · d6 hr-payroll/secondment/legal-agreement 2018 (s113) Northmere.
/// </remarks>
internal static class Fixture
{
    public static void Load(LibraryIndex index)
    {
        index.Apply(Docs.Upserts(
            Docs.Make("d1", "Shared legal service memorandum of understanding", "The councils agree to share a legal team. The lead authority hosts the lawyers.", "legal", "lead-authority", "mou", 2016, ["lga1972-s101"], ["Northmere District Council"]),
            Docs.Make("d2", "Joint committee agreement", "An inter-authority agreement establishing a joint committee for legal services under section 101.", "legal", "joint-committee", "legal-agreement", 2018, ["lga1972-s101", "lga1972-s102"], ["Northmere District Council", "Southvale Borough Council"]),
            Docs.Make("d3", "ICT shared service business case", "Business case for a shared ICT service hosted by a lead authority. Savings from a single data centre.", "ict-digital", "lead-authority", "business-case", 2019, councils: ["Southvale Borough Council"]),
            Docs.Make("d4", "Digital company business case", "A jointly owned company to deliver digital and legal support services, a Teckal company.", "ict-digital;legal", "teckal-company", "business-case", 2021, ["localism2011-s1"]),
            Docs.Make("d5", "Waste collection committee report", "Report to committee on the joint waste contract. The memorandum was not needed.", "waste-environmental", "contracting", "committee-report", 2014),
            Docs.Make("d6", "Secondment agreement for payroll staff", "Staff placed at the disposal of another authority under section 113 for payroll.", "hr-payroll", "secondment", "legal-agreement", 2018, ["lga1972-s113"], ["Northmere District Council"])));
    }

    public static SearchRequest Request(string? query = null, params (string Facet, string[] Values)[] filters) => new()
    {
        Query = query,
        Filters = filters.ToDictionary(f => f.Facet, f => (IReadOnlyList<string>)f.Values),
    };
}

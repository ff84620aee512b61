namespace TemplateLibrary.Tools.CorpusBuilder.Sources;

/// <summary>The fixed taxonomy ids a source's front matter must use.</summary>
internal static class Taxonomy
{
    public static readonly IReadOnlyList<string> Categories =
    [
        "legal", "ict-digital", "revenues-benefits", "finance-audit-fraud", "hr-payroll", "procurement",
        "waste-environmental", "regulatory-services", "planning-building-control", "housing",
        "customer-services", "adult-social-care-health", "childrens-education", "libraries-culture-leisure",
        "highways-transport-parking", "property-facilities", "emergency-planning-community-safety",
        "management-governance", "economic-development", "corporate-back-office",
    ];

    public static readonly IReadOnlyList<string> Models =
    [
        "joint-committee", "lead-authority", "teckal-company", "joint-venture", "contracting", "secondment",
        "shared-management", "informal-collaboration", "service-integration", "private-contractor", "mutual", "trust",
    ];

    public static readonly IReadOnlyList<string> Types =
    [
        "mou", "legal-agreement", "business-case", "case-study", "committee-report",
        "terms-of-reference", "strategy-policy", "guidance", "template", "news-item", "web-page",
    ];

    public static readonly IReadOnlyList<string> Powers =
    [
        "lga1972-s101", "lga1972-s102", "lga1972-s111", "lga1972-s113", "lgsa1970-s1", "localism2011-s1",
        "localism2011-s4", "lga2003-s95", "lga2000-s9eb", "dof-regs-2012", "pcr2015-reg12", "pa2023-sch2",
        "nhsa2006-s75", "tupe2006", "dpa2018", "foia2000",
    ];

    /// <summary>Human-readable labels of the category ids, used on rendered pages.</summary>
    public static readonly IReadOnlyDictionary<string, string> CategoryLabels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["legal"] = "Legal",
        ["ict-digital"] = "ICT & Digital",
        ["revenues-benefits"] = "Revenues & Benefits",
        ["finance-audit-fraud"] = "Finance, Audit & Fraud",
        ["hr-payroll"] = "HR & Payroll",
        ["procurement"] = "Procurement",
        ["waste-environmental"] = "Waste & Environmental Services",
        ["regulatory-services"] = "Regulatory Services",
        ["planning-building-control"] = "Planning & Building Control",
        ["housing"] = "Housing",
        ["customer-services"] = "Customer Services",
        ["adult-social-care-health"] = "Adult Social Care & Health",
        ["childrens-education"] = "Children's Services & Education",
        ["libraries-culture-leisure"] = "Libraries, Culture & Leisure",
        ["highways-transport-parking"] = "Highways, Transport & Parking",
        ["property-facilities"] = "Property & Facilities",
        ["emergency-planning-community-safety"] = "Emergency Planning & Community Safety",
        ["management-governance"] = "Management & Governance",
        ["economic-development"] = "Economic Development",
        ["corporate-back-office"] = "Corporate Back Office",
    };
}

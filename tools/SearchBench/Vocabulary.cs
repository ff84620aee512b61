namespace SearchBench;

/// <summary>Words and names of the field: shared services between UK councils.</summary>
internal static class Vocabulary
{
    public static readonly string[] Categories =
    [
        "legal", "ict-digital", "revenues-benefits", "finance-audit-fraud", "hr-payroll", "procurement",
        "waste-environmental", "regulatory-services", "planning-building-control", "housing", "customer-services",
        "adult-social-care-health", "childrens-education", "libraries-culture-leisure", "highways-transport-parking",
        "property-facilities", "emergency-planning-community-safety", "management-governance", "economic-development",
        "corporate-back-office",
    ];

    public static readonly string[] Models =
    [
        "joint-committee", "lead-authority", "teckal-company", "contracting", "secondment", "shared-management",
        "informal-collaboration", "service-integration", "private-contractor",
    ];

    public static readonly string[] Types =
    [
        "mou", "legal-agreement", "business-case", "case-study", "committee-report", "terms-of-reference",
        "strategy-policy", "guidance", "template",
    ];

    public static readonly string[] Powers =
    [
        "lga1972-s101", "lga1972-s102", "lga1972-s111", "lga1972-s113", "lgsa1970-s1", "localism2011-s1",
        "localism2011-s4", "lga2003-s95", "lga2000-s9eb", "dof-regs-2012", "pcr2015-reg12", "pa2023-sch2",
        "nhsa2006-s75", "tupe2006", "dpa2018", "foia2000",
    ];

    public static readonly string[] Places =
    [
        "Northmere", "Southvale", "Eastbrook", "Westfield", "Ashford Vale", "Broadmoor", "Castlegate", "Dunholme",
        "Elmbridge Heath", "Fenwick", "Greystone", "Harrowdale", "Ironbridge", "Kingsmead", "Lowther", "Marshfield",
        "Newhaven Downs", "Oakridge", "Pennington", "Queensferry", "Redcliffe", "Stonebury", "Thornbury", "Upton Marsh",
        "Wexcombe", "Yarrowby", "Blackwater", "Cinderford", "Deanshire", "Everleigh",
    ];

    public static readonly string[] CouncilKinds = ["District Council", "Borough Council", "City Council", "County Council"];

    public static readonly string[] ServicePhrases =
    [
        "shared legal service", "shared ICT service", "revenues and benefits partnership", "internal audit partnership",
        "counter fraud team", "shared payroll service", "joint procurement unit", "waste collection contract",
        "recycling and street cleansing", "environmental health", "licensing service", "trading standards",
        "building control partnership", "planning policy team", "housing options service", "homelessness prevention",
        "customer contact centre", "adult social care", "children's services", "library service", "leisure centres",
        "highways maintenance", "parking enforcement", "property and facilities management", "emergency planning",
        "community safety partnership", "shared chief executive", "shared management team", "democratic services",
        "electoral services", "economic development", "corporate back office", "data centre", "cyber security",
    ];

    public static readonly string[] LegalPhrases =
    [
        "section 101 of the Local Government Act 1972", "section 102 of the Local Government Act 1972",
        "section 113 of the Local Government Act 1972", "section 111 of the Local Government Act 1972",
        "the Local Authorities (Goods and Services) Act 1970", "section 1 of the Localism Act 2011",
        "the Local Authorities (Arrangements for the Discharge of Functions) (England) Regulations 2012",
        "regulation 12 of the Public Contracts Regulations 2015", "Schedule 2 to the Procurement Act 2023",
        "section 75 of the NHS Act 2006", "the Transfer of Undertakings (Protection of Employment) Regulations 2006",
        "the Data Protection Act 2018", "the Freedom of Information Act 2000",
    ];

    public static readonly string[] DocumentWords =
    [
        "memorandum of understanding", "heads of terms", "inter-authority agreement", "delegation agreement",
        "business case", "case study", "committee report", "terms of reference", "constitution", "strategy",
        "policy", "toolkit", "checklist", "template", "service level agreement", "shareholders agreement",
    ];

    public static readonly string[] DomainWords =
    [
        "council", "authority", "authorities", "partnership", "shared", "service", "services", "joint", "committee",
        "delegation", "agreement", "governance", "savings", "efficiency", "resilience", "staff", "employees",
        "secondment", "transfer", "budget", "pooled", "contribution", "recharge", "liabilities", "indemnity",
        "termination", "exit", "dispute", "resolution", "performance", "monitoring", "scrutiny", "cabinet",
        "executive", "functions", "discharge", "host", "lead", "partner", "officers", "members", "board",
        "company", "teckal", "shareholder", "procurement", "contract", "tender", "framework", "outsourcing",
        "collaboration", "integration", "transformation", "digital", "systems", "infrastructure", "licensing",
        "insurance", "pensions", "payroll", "recruitment", "audit", "assurance", "fraud", "risk", "benefits",
        "revenues", "council tax", "business rates", "recycling", "waste", "depot", "fleet", "libraries",
    ];
}

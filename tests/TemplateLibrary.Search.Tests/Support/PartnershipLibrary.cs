namespace TemplateLibrary.Search.Tests.Support;

/// <summary>A small library of three known arrangements in three regions, each reporting one figure, and one document
/// of a council alone (no arrangement).</summary>
/// <remarks>
/// Legal, London: Barking and Dagenham, City of London; lead authority (the MOU counts double), started 2016 (its MOU),
/// no status; a planned saving of £250,000 a year (14%) in its business case.
/// Legal, North West: Blackpool, Blackburn with Darwen; joint committee, started 2013, operational ("went live");
/// an achieved saving of about £390,000 a year.
/// ICT, three regions: Barking and Dagenham, Blackpool, Saltmarsh (sample); joint committee, started 2020, no status;
/// a planned one-off cost of £680,000.
/// </remarks>
internal static class PartnershipLibrary
{
    public const string Barking = "London Borough of Barking and Dagenham";
    public const string CityOfLondon = "City of London Corporation";
    public const string Blackpool = "Blackpool Council";
    public const string Blackburn = "Blackburn with Darwen Borough Council";
    public const string Saltmarsh = "Saltmarsh District Council";

    public static void Seed(TempIndex temp) => temp.Index.Apply(Docs.Upserts(
        Docs.Make("london-mou", "Shared legal service memorandum", "Barking and Dagenham will lead the shared legal service.", "legal", "lead-authority", "mou", 2016, councils: [Barking, CityOfLondon]),
        Docs.Make("london-case", "Shared legal service business case", "Steady-state running cost: £1.49 million, a saving of £250,000 a year (14 per cent) from 2016/17.", "legal", "lead-authority", "business-case", 2015, councils: [CityOfLondon, Barking]),
        Docs.Make("north-news", "Shared legal service goes live", "The shared legal service went live in April 2013. The pilot completed six joint procurements, saving about £390,000 a year.", "legal", "joint-committee", "news-item", 2013, councils: [Blackpool, Blackburn]),
        Docs.Make("ict-case", "Joint ICT company business case", "Share purchase (£420,000) and one-off transition costs (£680,000, including migration) will be funded from the reserve.", "ict-digital", "joint-committee", "committee-report", 2020, councils: [Barking, Blackpool, Saltmarsh]),
        Docs.Make("solo", "Barking legal strategy", "Our own legal strategy.", "legal", "in-house", "strategy-policy", 2016, councils: [Barking])));
}

using TemplateLibrary.Search.Partnerships;

namespace TemplateLibrary.Tools.PartnershipEval;

/// <summary>How the directory did on one label: the arrangement holding most of its documents, and what it got right.</summary>
internal sealed record LabelOutcome(PartnershipLabel Label, Partnership? Best, bool PartnersRight, bool DocumentsRight, bool VehicleRight, bool? LeadRight)
{
    /// <summary>The label's partner councils (and another body when it has one) and all its documents, and no other
    /// label's documents, in one arrangement.</summary>
    public bool Found => PartnersRight && DocumentsRight;

    /// <summary>Found with the right vehicle: the directory's goal.</summary>
    public bool Right => Found && VehicleRight;
}

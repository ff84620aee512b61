namespace TemplateLibrary.Tools.PartnershipEval;

/// <summary>Writes one label's mistake: what was labelled beside what the directory made of it.</summary>
internal static class ErrorView
{
    public static void Write(LabelOutcome outcome, IReadOnlyDictionary<string, string> documentIds)
    {
        var label = outcome.Label;
        var wrong = new[]
        {
            outcome.PartnersRight ? null : "partners",
            outcome.DocumentsRight ? null : "documents",
            outcome.VehicleRight ? null : "vehicle",
            outcome.LeadRight == false ? "lead" : null,
        }.Where(w => w is not null);
        Console.WriteLine();
        Console.WriteLine($"{label.Id}: wrong {string.Join(", ", wrong)}");
        Console.WriteLine($"  labelled: {label.Vehicle} | {string.Join("; ", label.Councils.Order(StringComparer.Ordinal))}{(label.HasBodies ? " + bodies" : string.Empty)} | lead {label.Lead ?? "-"}");
        Console.WriteLine($"            {string.Join(", ", label.Documents.Select(Number))}");
        if (outcome.Best is not { } best)
        {
            Console.WriteLine("  found:    nothing holds its documents");
            return;
        }

        var numbers = documentIds.ToDictionary(p => p.Value, p => Number(p.Key), StringComparer.Ordinal);
        Console.WriteLine($"  found:    {best.Model ?? "-"} | {string.Join("; ", best.Members.Select(m => m.Name + (m.Role == "partner" ? string.Empty : "=" + m.Role)))}");
        Console.WriteLine($"            {string.Join(", ", best.Documents.Select(d => numbers.GetValueOrDefault(d.Id, d.Title)))}");
    }

    // "legal-agreement/241-revenues-….docx" reads as 241.
    private static string Number(string path) => Path.GetFileName(path).Split('-')[0];
}

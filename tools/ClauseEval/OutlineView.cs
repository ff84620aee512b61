using System.Text.Json;
using TemplateLibrary.Core.Agreements;

namespace TemplateLibrary.Tools.ClauseEval;

/// <summary>Prints a document's clause outline with kinds, then its facts as JSON: for looking at one file.</summary>
internal static class OutlineView
{
    public static void Write(AgreementAnalysis analysis)
    {
        foreach (var c in analysis.Clauses)
        {
            var kinds = string.Join(", ", c.Kinds.Select(k => $"{k.Id} {k.Confidence:0.00}"));
            Console.WriteLine($"{new string(' ', c.Depth * 2)}{c.Form} {c.Number} {c.Heading} #{c.Anchor}{(c.Page is { } p ? $" p{p}" : string.Empty)}{(kinds.Length > 0 ? "  [" + kinds + "]" : string.Empty)}");
        }

        Console.WriteLine(JsonSerializer.Serialize(analysis.Facts, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
    }
}

using System.Globalization;
using TemplateLibrary.Extraction.Templates;

namespace TemplateLibrary.Cli.Output;

/// <summary>Prints a template's fields, or what a fill replaced, as text or JSON.</summary>
internal static class TemplateFieldsView
{
    public static void Write(CliContext context, string id, string path, TemplateFields fields, bool json)
    {
        if (json)
        {
            JsonOutput.Write(context.Output, new { id, path, fields.Format, canFill = fields.CannotFill is null, fields.CannotFill, fields = fields.Fields });
            return;
        }

        var output = context.Output;
        if (fields.Fields.Count == 0)
        {
            output.WriteLine($"{Path.GetFileName(path)} has no fields to fill.");
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{fields.Fields.Count} fields in {Path.GetFileName(path)}:"));
        var width = Math.Min(48, fields.Fields.Max(f => f.Name.Length));
        foreach (var field in fields.Fields)
        {
            var name = field.Name.Length > width ? field.Name[..(width - 1)] + "…" : field.Name;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name.PadRight(width)}  {field.Type.ToString().ToLowerInvariant(),-7}  {field.Occurrences.Count}× {field.Occurrences[0].Marker}"));
        }

        if (fields.CannotFill is not null)
        {
            output.WriteLine(fields.CannotFill);
        }
    }

    public static void WriteFilled(CliContext context, string target, FilledTemplate filled, bool json)
    {
        if (json)
        {
            JsonOutput.Write(context.Output, new { output = target, filled.Format, filled.Replaced, filled.Unfilled });
            return;
        }

        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {target}: {filled.Replaced.Count} fields filled in {filled.Replaced.Values.Sum()} places."));
        if (filled.Unfilled.Count > 0)
        {
            context.Output.WriteLine($"Still marked: {string.Join(", ", filled.Unfilled)}");
        }
    }
}

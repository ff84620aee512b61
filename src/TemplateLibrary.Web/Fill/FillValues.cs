using System.Globalization;
using TemplateLibrary.Extraction.Templates;

namespace TemplateLibrary.Web.Fill;

/// <summary>Reads the fill form: one input per field, named after the field's key; dates come as yyyy-mm-dd and are written out in words.</summary>
internal static class FillValues
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The form input name of a field.</summary>
    public static string InputName(TemplateField field) => "f." + TemplateAssembly.KeyOf(field.Name);

    /// <summary>The values typed, as the form sent them (for showing the form again).</summary>
    public static Dictionary<string, string> Typed(IFormCollection form, IReadOnlyList<TemplateField> fields) =>
        fields.ToDictionary(f => f.Name, f => form[InputName(f)].ToString(), StringComparer.Ordinal);

    /// <summary>The values to fill with: empty ones left out, dates written as "1 April 2026".</summary>
    public static Dictionary<string, string> ToFill(Dictionary<string, string> typed, IReadOnlyList<TemplateField> fields) =>
        fields.Where(f => typed.TryGetValue(f.Name, out var v) && v.Trim().Length > 0)
            .ToDictionary(f => f.Name, f => f.Type == TemplateFieldType.Date ? DateInWords(typed[f.Name].Trim()) : typed[f.Name], StringComparer.Ordinal);

    private static string DateInWords(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year}")
            : value;
}

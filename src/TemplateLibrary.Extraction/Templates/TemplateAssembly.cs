using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Extraction.Templates.Scanning;

namespace TemplateLibrary.Extraction.Templates;

/// <summary>Finds a template's fields and fills them: DOCX, ODT and Markdown are rewritten; other formats list their fields only.</summary>
public static class TemplateAssembly
{
    /// <summary>The key field names are matched by: case, spacing and punctuation do not count.</summary>
    public static string KeyOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return FieldKey.Of(name);
    }

    /// <summary>The fields of the template at this path.</summary>
    public static TemplateFields ReadFields(string path, ExtractionLimits? limits = null)
    {
        var opened = TemplateOpener.Open(path, limits ?? ExtractionLimits.Default);
        var fields = FieldCollector.Collect(FieldCollector.ScanAll(opened.Blocks));
        return new TemplateFields { Format = opened.Format, Fields = fields, CannotFill = opened.CannotFill };
    }

    /// <summary>Fills the template at this path; values are keyed by field name (see <see cref="KeyOf"/>); empty values leave a field marked.</summary>
    /// <exception cref="TemplateException">The format cannot be rewritten, a name is not a field, a value cannot be stored, or the result failed its check.</exception>
    public static FilledTemplate Fill(string path, IReadOnlyDictionary<string, string> values, ExtractionLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        limits ??= ExtractionLimits.Default;
        var opened = TemplateOpener.Open(path, limits);
        var document = opened.Document ?? throw new TemplateException(opened.CannotFill!);
        var scanned = FieldCollector.ScanAll(document.Blocks);
        var fields = FieldCollector.Collect(scanned);
        if (fields.Count == 0)
        {
            throw new TemplateException($"{Path.GetFileName(path)} has no fields to fill (no [brackets], {{{{fields}}}}, «fields», blanks, merge fields or content controls)");
        }

        var byKey = CheckValues(values, fields);
        var replaced = new Dictionary<string, int>(StringComparer.Ordinal);
        var skipped = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (block, markers) in scanned)
        {
            var chosen = markers.Where(m => byKey.ContainsKey(FieldKey.Of(m.Name))).ToList();
            chosen.RemoveAll(inner => chosen.Any(outer => outer.Contains(inner)));
            foreach (var marker in chosen.OrderByDescending(m => m.Start))
            {
                var key = FieldKey.Of(marker.Name);
                var done = document.Replace(block, marker, byKey[key]);
                if (block.Countable)
                {
                    var counts = done ? replaced : skipped;
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        var content = document.Save();
        var check = Verify(content, document, byKey, skipped, path);
        return new FilledTemplate
        {
            Content = content,
            Format = document.Format,
            Extension = document.Extension,
            Replaced = fields.Where(f => replaced.ContainsKey(FieldKey.Of(f.Name))).ToDictionary(f => f.Name, f => replaced[FieldKey.Of(f.Name)], StringComparer.Ordinal),
            Unfilled = [.. fields.Where(f => !byKey.ContainsKey(FieldKey.Of(f.Name)) || skipped.ContainsKey(FieldKey.Of(f.Name))).Select(f => f.Name)],
            PreviewText = string.Join("\n", check.Blocks.Where(b => b.Countable && b.Part == "body").Select(b => b.Text)),
        };
    }

    private static Dictionary<string, string> CheckValues(IReadOnlyDictionary<string, string> values, List<TemplateField> fields)
    {
        var known = fields.ToDictionary(f => FieldKey.Of(f.Name), f => f.Name, StringComparer.Ordinal);
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, raw) in values)
        {
            var key = FieldKey.Of(name);
            if (!known.ContainsKey(key))
            {
                throw new TemplateException($"unknown field '{name}'; the template's fields are: {string.Join(", ", fields.Select(f => f.Name))}");
            }

            var value = (raw ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\t', ' ');
            var bad = value.FirstOrDefault(c => c != '\n' && !XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c));
            if (bad != default)
            {
                throw new TemplateException(string.Create(CultureInfo.InvariantCulture, $"the value for '{name}' contains a character a document cannot hold (U+{(int)bad:X4})"));
            }

            if (value.Trim().Length > 0)
            {
                byKey[key] = value.Trim('\n');
            }
        }

        return byKey;
    }

    // The filled file must read back, as a package the Open XML SDK accepts too, with no given field left except where it could not be rewritten.
    private static ITemplateDocument Verify(byte[] content, ITemplateDocument original, Dictionary<string, string> byKey, Dictionary<string, int> skipped, string path)
    {
        ITemplateDocument reread;
        try
        {
            reread = TemplateOpener.Reopen(content, original.Format);
            if (original.Format == "docx")
            {
                using var package = WordprocessingDocument.Open(new MemoryStream(content, writable: false), false);
                _ = package.MainDocumentPart?.Document ?? throw new TemplateException("the main document part is missing");
                foreach (var part in package.MainDocumentPart.HeaderParts)
                {
                    _ = part.Header;
                }

                foreach (var part in package.MainDocumentPart.FooterParts)
                {
                    _ = part.Footer;
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new TemplateException($"{Path.GetFileName(path)} could not be filled safely (the result did not read back: {ex.Message}); nothing was written", ex);
        }

        var fromValues = new HashSet<string>(byKey.Values.SelectMany(ValueKeys), StringComparer.Ordinal);
        // A filled content control stays a titled control: it counts as filled when it shows the value.
        var left = FieldCollector.ScanAll(reread.Blocks).Where(s => s.Block.Countable)
            .SelectMany(s => s.Markers.Where(m => m.Known?.Kind != MarkerKind.ContentControl
                || s.Block.Text.Substring(m.Start, m.Length) != byKey.GetValueOrDefault(FieldKey.Of(m.Name))))
            .Select(m => FieldKey.Of(m.Name)).Where(k => byKey.ContainsKey(k) && !fromValues.Contains(k))
            .GroupBy(k => k).FirstOrDefault(g => g.Count() > skipped.GetValueOrDefault(g.Key));
        if (left is not null)
        {
            throw new TemplateException($"{Path.GetFileName(path)} could not be filled safely: '{left.Key}' was still there after filling; nothing was written");
        }

        return reread;
    }

    private static IEnumerable<string> ValueKeys(string value)
    {
        var block = new TemplateBlock { Text = value, Part = "body", Handle = value };
        var markers = MarkerScanner.Scan(block);
        BlankNamer.NameBlanks(block, markers);
        return markers.Select(m => FieldKey.Of(m.Name));
    }
}

namespace TemplateLibrary.Extraction.Pdf.Objects;

/// <summary>A PDF dictionary keyed by name (without the slash); values are raw, possibly references.</summary>
internal sealed class PdfDictionary
{
    private readonly Dictionary<string, object?> entries;

    public PdfDictionary()
    {
        entries = new Dictionary<string, object?>(StringComparer.Ordinal);
    }

    public PdfDictionary(Dictionary<string, object?> entries)
    {
        this.entries = entries;
    }

    public int Count => entries.Count;

    public IEnumerable<KeyValuePair<string, object?>> Entries => entries;

    public object? this[string key]
    {
        get => entries.TryGetValue(key, out var value) ? value : null;
        set => entries[key] = value;
    }

    public bool ContainsKey(string key) => entries.ContainsKey(key);

    public string? GetName(string key) => this[key] is PdfName name ? name.Value : null;
}

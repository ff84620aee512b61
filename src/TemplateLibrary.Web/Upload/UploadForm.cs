namespace TemplateLibrary.Web.Upload;

/// <summary>An upload read from the request: its text fields, the files saved to disk and the files refused on the way.</summary>
internal sealed class UploadForm
{
    /// <summary>The text fields by name (the last value of a repeated name joined with ';').</summary>
    public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>The files written to the batch folder, with the name shown to the user and the content hash.</summary>
    public List<SavedUpload> Saved { get; } = [];

    /// <summary>Files refused while reading (type, content, size), with the reason; nothing of them stays on disk.</summary>
    public List<(string Name, string Reason)> Refused { get; } = [];

    /// <summary>How many file parts the request held.</summary>
    public int FileCount => Saved.Count + Refused.Count;

    /// <summary>A field's trimmed value, or "".</summary>
    public string Field(string name) => Fields.TryGetValue(name, out var value) ? value.Trim() : "";
}

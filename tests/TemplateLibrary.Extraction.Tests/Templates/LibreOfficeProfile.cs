using TemplateLibrary.Extraction.Tests.Support;

namespace TemplateLibrary.Extraction.Tests.Templates;

/// <summary>One LibreOffice user profile for the conversions of a class: LibreOffice builds a new profile on its
/// first start, which costs more than a conversion. The cases of a class run one at a time, so they never share it at once.</summary>
public sealed class LibreOfficeProfile : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>The profile as the `-env:UserInstallation` URL LibreOffice takes.</summary>
    public string Url => "file://" + _folder.PathOf("profile");

    public void Dispose() => _folder.Dispose();
}

namespace TemplateLibrary.Extraction.Tests.Support;

/// <summary>Paths to committed sample files and a scratch folder for generated ones.</summary>
internal static class TestFiles
{
    public static string Sample(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);
}

using System.Diagnostics;
using TemplateLibrary.Extraction.Templates;
using TemplateLibrary.Extraction.Tests.Support;

namespace TemplateLibrary.Extraction.Tests.Templates;

/// <summary>A filled DOCX or ODT must open in LibreOffice: converted to PDF, it shows the values and none of the filled placeholders.</summary>
public sealed class FilledTemplateLibreOfficeTests(LibreOfficeProfile profile) : IClassFixture<LibreOfficeProfile>
{
    [Theory]
    [InlineData("word-fields.docx", "Employing Council", "[Employing Council]")]
    [InlineData("126-shared-head-of-legal-s113-template.docx", "Employing Council", "[Employing Council]")]
    [InlineData("009-secondment-agreement-template-elections.odt", "Employing Council", "[Employing Council]")]
    public void Fill_ThenConvertWithLibreOffice_OpensAndShowsTheValues(string sample, string field, string marker)
    {
        var soffice = Tool("soffice");
        var pdftotext = Tool("pdftotext");
        Assert.SkipWhen(soffice is null, "soffice (LibreOffice) is not installed");
        Assert.SkipWhen(pdftotext is null, "pdftotext (poppler-utils) is not installed");
        using var folder = new TempFolder();
        var filled = TemplateAssembly.Fill(TestFiles.Sample("Templates", sample), new Dictionary<string, string>
        {
            [field] = "Northmere <District> & Council",
            ["date"] = "1 April 2026",
        });
        var input = folder.File("filled" + filled.Extension, filled.Content);

        var (code, output) = Run(soffice!, $"-env:UserInstallation={profile.Url} --headless --convert-to pdf --outdir {folder.Path} {input}");
        code.Should().Be(0, output);
        var pdf = folder.PathOf("filled.pdf");
        File.Exists(pdf).Should().BeTrue("LibreOffice converts the filled file: " + output);
        var (_, text) = Run(pdftotext!, $"-layout {pdf} -");

        text.Should().Contain("Northmere <District> & Council").And.Contain("1 April 2026");
        text.Should().NotContain(marker).And.NotContain("[date]");
    }

    private static string? Tool(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    private static (int Code, string Output) Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}

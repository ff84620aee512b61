using System.Diagnostics;
using TemplateLibrary.Extraction.Templates;
using TemplateLibrary.Extraction.Tests.Support;

namespace TemplateLibrary.Extraction.Tests.Templates;

/// <summary>The samples of <see cref="FilledTemplateLibreOfficeTests"/>, filled and converted to PDF by one LibreOffice run
/// (each start of LibreOffice, with its new profile, costs more than the conversions), then read back with pdftotext.</summary>
public sealed class FilledTemplatePdfs : IDisposable
{
    /// <summary>The value every sample's employing-council field is filled with.</summary>
    public const string Council = "Northmere <District> & Council";

    /// <summary>The value every sample's date field is filled with.</summary>
    public const string Date = "1 April 2026";

    private static readonly string[] Samples = ["word-fields.docx", "126-shared-head-of-legal-s113-template.docx", "009-secondment-agreement-template-elections.odt"];
    private readonly TempFolder _folder = new();
    private readonly Lazy<Dictionary<string, string>> _texts;
    private readonly string? _soffice = Tool("soffice");
    private readonly string? _pdftotext = Tool("pdftotext");

    public FilledTemplatePdfs()
    {
        _texts = new Lazy<Dictionary<string, string>>(ConvertAll);
    }

    /// <summary>Why the conversions cannot run here, or null.</summary>
    public string? SkipReason =>
        _soffice is null ? "soffice (LibreOffice) is not installed"
        : _pdftotext is null ? "pdftotext (poppler-utils) is not installed"
        : null;

    /// <summary>The text of the filled sample's PDF as LibreOffice wrote it.</summary>
    public string TextOf(string sample) => _texts.Value[sample];

    public void Dispose() => _folder.Dispose();

    private Dictionary<string, string> ConvertAll()
    {
        var inputs = Samples.Select((sample, i) =>
        {
            var filled = TemplateAssembly.Fill(TestFiles.Sample("Templates", sample), new Dictionary<string, string>
            {
                ["Employing Council"] = Council,
                ["date"] = Date,
            });
            return _folder.File($"filled-{i}{filled.Extension}", filled.Content);
        }).ToList();

        var (code, output) = Run(_soffice!, ["-env:UserInstallation=file://" + _folder.PathOf("profile"), "--headless", "--convert-to", "pdf", "--outdir", _folder.Path, .. inputs]);
        code.Should().Be(0, output);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Samples.Length; i++)
        {
            var pdf = _folder.PathOf($"filled-{i}.pdf");
            File.Exists(pdf).Should().BeTrue($"LibreOffice converts the filled {Samples[i]}: {output}");
            texts[Samples[i]] = Run(_pdftotext!, ["-layout", pdf, "-"]).Output;
        }

        return texts;
    }

    private static string? Tool(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    private static (int Code, string Output) Run(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}

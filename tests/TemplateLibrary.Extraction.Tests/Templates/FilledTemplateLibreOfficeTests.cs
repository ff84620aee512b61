namespace TemplateLibrary.Extraction.Tests.Templates;

/// <summary>A filled DOCX or ODT must open in LibreOffice: converted to PDF, it shows the values and none of the filled placeholders.</summary>
public sealed class FilledTemplateLibreOfficeTests(FilledTemplatePdfs pdfs) : IClassFixture<FilledTemplatePdfs>
{
    [Theory]
    [InlineData("word-fields.docx", "[Employing Council]")]
    [InlineData("126-shared-head-of-legal-s113-template.docx", "[Employing Council]")]
    [InlineData("009-secondment-agreement-template-elections.odt", "[Employing Council]")]
    public void Fill_ThenConvertWithLibreOffice_OpensAndShowsTheValues(string sample, string marker)
    {
        Assert.SkipWhen(pdfs.SkipReason is not null, pdfs.SkipReason ?? "");

        var text = pdfs.TextOf(sample);

        text.Should().Contain(FilledTemplatePdfs.Council).And.Contain(FilledTemplatePdfs.Date);
        text.Should().NotContain(marker).And.NotContain("[date]");
    }
}

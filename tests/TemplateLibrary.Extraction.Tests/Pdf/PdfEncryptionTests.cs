using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Extraction.Tests.Pdf;

public class PdfEncryptionTests
{
    [Theory]
    [InlineData("encrypted-rc4-40.pdf")]
    [InlineData("encrypted-rc4-128.pdf")]
    [InlineData("encrypted-aes-128.pdf")]
    [InlineData("encrypted-aes-256-r5.pdf")]
    [InlineData("encrypted-aes-256-r6.pdf")]
    public void Extract_EmptyUserPassword_Decrypts(string file)
    {
        var document = PdfTestRunner.ExtractFile(file);
        document.Text.Should().Contain("Business case for shared revenues and benefits");
        document.Text.Should().Contain("The lead authority model saves money for both councils.");
    }

    [Fact]
    public void Extract_UserPasswordRequired_FailsWithPasswordReason()
    {
        var act = () => PdfTestRunner.ExtractFile("encrypted-user-password.pdf");
        act.Should().Throw<ExtractionException>().WithMessage("encrypted: a password is required");
    }
}

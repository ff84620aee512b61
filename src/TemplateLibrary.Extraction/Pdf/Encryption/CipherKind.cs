namespace TemplateLibrary.Extraction.Pdf.Encryption;

/// <summary>The cipher a crypt filter applies.</summary>
internal enum CipherKind
{
    None,
    Rc4,
    Aes128,
    Aes256,
}

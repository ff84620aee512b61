using TemplateLibrary.Extraction.Pdf.Encryption;
using TemplateLibrary.Extraction.Pdf.Objects;

namespace TemplateLibrary.Extraction.Pdf.Parsing;

/// <summary>Decrypts the strings and stream data of one indirect object in place.</summary>
internal static class ObjectDecryption
{
    public static void Decrypt(StandardSecurityHandler security, object? value, int number, int generation, int depth, int maxDepth)
    {
        if (depth > maxDepth)
        {
            return;
        }

        switch (value)
        {
            case PdfString text:
                text.Bytes = security.DecryptString(text.Bytes, number, generation);
                break;
            case List<object?> array:
                foreach (var item in array)
                {
                    Decrypt(security, item, number, generation, depth + 1, maxDepth);
                }

                break;
            case PdfDictionary dictionary:
                foreach (var (_, item) in dictionary.Entries)
                {
                    Decrypt(security, item, number, generation, depth + 1, maxDepth);
                }

                break;
            case PdfStream stream:
                Decrypt(security, stream.Dictionary, number, generation, depth + 1, maxDepth);
                var type = stream.Dictionary.GetName("Type");
                if (type == "XRef" || (type == "Metadata" && !security.EncryptMetadata) || IsIdentityCrypt(stream.Dictionary))
                {
                    break;
                }

                stream.RawData = security.DecryptStream(stream.RawData, number, generation);
                break;
        }
    }

    private static bool IsIdentityCrypt(PdfDictionary dictionary) =>
        dictionary["Filter"] is PdfName { Value: "Crypt" } || (dictionary["Filter"] is List<object?> { Count: > 0 } list && list[0] is PdfName { Value: "Crypt" });
}

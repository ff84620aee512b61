using System.Security.Cryptography;

namespace TemplateLibrary.Extraction.Pdf.Encryption;

/// <summary>The password hash of AES-256 encryption: plain SHA-256 for revision 5, the iterated hash (ISO 32000-2 algorithm 2.B) for 6.</summary>
internal static class Aes256Hash
{
    public static byte[] Compute(ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> userKey, int revision)
    {
        var input = new byte[password.Length + salt.Length + userKey.Length];
        password.CopyTo(input);
        salt.CopyTo(input.AsSpan(password.Length));
        userKey.CopyTo(input.AsSpan(password.Length + salt.Length));
        var k = SHA256.HashData(input);
        if (revision < 6)
        {
            return k;
        }

        using var aes = Aes.Create();
        for (var round = 0; ; round++)
        {
            var blockLength = password.Length + k.Length + userKey.Length;
            var k1 = new byte[blockLength * 64];
            for (var i = 0; i < 64; i++)
            {
                var offset = i * blockLength;
                password.CopyTo(k1.AsSpan(offset));
                k.CopyTo(k1.AsSpan(offset + password.Length));
                userKey.CopyTo(k1.AsSpan(offset + password.Length + k.Length));
            }

            aes.Key = k[..16];
            var e = aes.EncryptCbc(k1, k.AsSpan(16, 16), PaddingMode.None);
            var sum = 0;
            for (var i = 0; i < 16; i++)
            {
                sum += e[i];
            }

            k = (sum % 3) switch
            {
                0 => SHA256.HashData(e),
                1 => SHA384.HashData(e),
                _ => SHA512.HashData(e),
            };
            if (round >= 63 && e[^1] <= round - 32)
            {
                break;
            }
        }

        return k[..32];
    }
}

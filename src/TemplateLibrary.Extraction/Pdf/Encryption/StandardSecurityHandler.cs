using System.Security.Cryptography;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Pdf.Objects;

namespace TemplateLibrary.Extraction.Pdf.Encryption;

/// <summary>
/// The standard security handler opened with the empty user password (revisions 2 to 6:
/// RC4 40/128-bit, AES-128, AES-256). A file that needs a real password is refused.
/// </summary>
internal sealed class StandardSecurityHandler
{
    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    private readonly byte[] fileKey;
    private readonly CipherKind streamCipher;
    private readonly CipherKind stringCipher;

    private StandardSecurityHandler(byte[] fileKey, CipherKind streamCipher, CipherKind stringCipher, bool encryptMetadata)
    {
        this.fileKey = fileKey;
        this.streamCipher = streamCipher;
        this.stringCipher = stringCipher;
        EncryptMetadata = encryptMetadata;
    }

    public bool EncryptMetadata { get; }

    public static StandardSecurityHandler Open(PdfDictionary encrypt, byte[] firstId, Func<object?, object?> resolve)
    {
        if (encrypt.GetName("Filter") is { } filter && filter != "Standard")
        {
            throw new ExtractionException($"encrypted: the '{filter}' security handler is not supported");
        }

        var version = PdfValues.ToInt(resolve(encrypt["V"]));
        var revision = PdfValues.ToInt(resolve(encrypt["R"]));
        var owner = (resolve(encrypt["O"]) as PdfString)?.Bytes ?? [];
        var user = (resolve(encrypt["U"]) as PdfString)?.Bytes ?? [];
        // Some writers store /P as an unsigned 32-bit number; the key uses its low four bytes either way.
        var permissions = PdfValues.TryGetNumber(resolve(encrypt["P"]), out var p) ? unchecked((int)(long)p) : 0;
        var encryptMetadata = resolve(encrypt["EncryptMetadata"]) is not false;
        var (streamCipher, stringCipher, keyBits) = ReadCiphers(encrypt, version, resolve);

        if (revision >= 5)
        {
            var userEncrypted = (resolve(encrypt["UE"]) as PdfString)?.Bytes ?? [];
            var key = OpenAes256(user, userEncrypted, revision)
                ?? throw new ExtractionException("encrypted: a password is required");
            return new StandardSecurityHandler(key, streamCipher, stringCipher, encryptMetadata);
        }

        var keyLength = revision == 2 ? 5 : Math.Clamp(keyBits / 8, 5, 16);
        var fileKey = ComputeKey(owner, permissions, firstId, revision, keyLength, encryptMetadata);
        if (!CheckUserKey(fileKey, user, firstId, revision))
        {
            throw new ExtractionException("encrypted: a password is required");
        }

        return new StandardSecurityHandler(fileKey, streamCipher, stringCipher, encryptMetadata);
    }

    public byte[] DecryptString(byte[] data, int objectNumber, int generation) =>
        Decrypt(data, objectNumber, generation, stringCipher);

    public byte[] DecryptStream(byte[] data, int objectNumber, int generation) =>
        Decrypt(data, objectNumber, generation, streamCipher);

    private byte[] Decrypt(byte[] data, int objectNumber, int generation, CipherKind cipher)
    {
        switch (cipher)
        {
            case CipherKind.None:
                return data;
            case CipherKind.Aes256:
                return AesDecrypt(fileKey, data);
        }

        var extra = cipher == CipherKind.Aes128 ? 9 : 5;
        Span<byte> material = stackalloc byte[fileKey.Length + extra];
        fileKey.CopyTo(material);
        material[fileKey.Length] = (byte)objectNumber;
        material[fileKey.Length + 1] = (byte)(objectNumber >> 8);
        material[fileKey.Length + 2] = (byte)(objectNumber >> 16);
        material[fileKey.Length + 3] = (byte)generation;
        material[fileKey.Length + 4] = (byte)(generation >> 8);
        if (cipher == CipherKind.Aes128)
        {
            "sAlT"u8.CopyTo(material[(fileKey.Length + 5)..]);
        }

        var hash = MD5.HashData(material);
        var objectKey = hash.AsSpan(0, Math.Min(fileKey.Length + 5, 16));
        return cipher == CipherKind.Aes128 ? AesDecrypt(objectKey.ToArray(), data) : Rc4.Transform(objectKey, data);
    }

    private static byte[] AesDecrypt(byte[] key, byte[] data)
    {
        if (data.Length < 32 || data.Length % 16 != 0)
        {
            return data.Length <= 16 ? [] : AesDecryptLoose(key, data);
        }

        using var aes = Aes.Create();
        aes.Key = key;
        try
        {
            return aes.DecryptCbc(data.AsSpan(16), data.AsSpan(0, 16), PaddingMode.PKCS7);
        }
        catch (CryptographicException)
        {
            return aes.DecryptCbc(data.AsSpan(16), data.AsSpan(0, 16), PaddingMode.None);
        }
    }

    // A ciphertext that is not a whole number of blocks: decrypt what is whole.
    private static byte[] AesDecryptLoose(byte[] key, byte[] data)
    {
        var whole = (data.Length - 16) / 16 * 16;
        using var aes = Aes.Create();
        aes.Key = key;
        return aes.DecryptCbc(data.AsSpan(16, whole), data.AsSpan(0, 16), PaddingMode.None);
    }

    private static (CipherKind Stream, CipherKind String, int KeyBits) ReadCiphers(PdfDictionary encrypt, int version, Func<object?, object?> resolve)
    {
        var keyBits = PdfValues.ToInt(resolve(encrypt["Length"]), 40);
        if (version < 4)
        {
            return (CipherKind.Rc4, CipherKind.Rc4, keyBits);
        }

        var filters = resolve(encrypt["CF"]) as PdfDictionary;
        CipherKind Lookup(string? name)
        {
            if (name is null or "Identity")
            {
                return name is null && filters is null ? CipherKind.Rc4 : CipherKind.None;
            }

            var filter = resolve(filters?[name]) as PdfDictionary;
            var method = filter?.GetName("CFM");
            if (filter is not null && PdfValues.TryGetNumber(resolve(filter["Length"]), out var length))
            {
                // Length is in bytes here, though some writers give bits.
                keyBits = length <= 32 ? (int)length * 8 : (int)length;
            }

            return method switch
            {
                "AESV2" => CipherKind.Aes128,
                "AESV3" => CipherKind.Aes256,
                "None" => CipherKind.None,
                _ => CipherKind.Rc4,
            };
        }

        var stream = Lookup(encrypt.GetName("StmF") ?? "StdCF");
        var text = Lookup(encrypt.GetName("StrF") ?? "StdCF");
        return (stream, text, keyBits == 40 ? 128 : keyBits);
    }

    private static byte[] ComputeKey(byte[] owner, int permissions, byte[] firstId, int revision, int keyLength, bool encryptMetadata)
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        md5.AppendData(Padding);
        md5.AppendData(owner.AsSpan(0, Math.Min(32, owner.Length)));
        md5.AppendData([(byte)permissions, (byte)(permissions >> 8), (byte)(permissions >> 16), (byte)(permissions >> 24)]);
        md5.AppendData(firstId);
        if (revision >= 4 && !encryptMetadata)
        {
            md5.AppendData([0xFF, 0xFF, 0xFF, 0xFF]);
        }

        var hash = md5.GetHashAndReset();
        if (revision >= 3)
        {
            for (var i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash.AsSpan(0, keyLength));
            }
        }

        return hash.AsSpan(0, keyLength).ToArray();
    }

    private static bool CheckUserKey(byte[] fileKey, byte[] user, byte[] firstId, int revision)
    {
        if (revision == 2)
        {
            var expected = Rc4.Transform(fileKey, Padding);
            return user.Length >= 32 && expected.AsSpan().SequenceEqual(user.AsSpan(0, 32));
        }

        var buffer = new byte[Padding.Length + firstId.Length];
        Padding.CopyTo(buffer, 0);
        firstId.CopyTo(buffer, Padding.Length);
        var value = Rc4.Transform(fileKey, MD5.HashData(buffer));
        var roundKey = new byte[fileKey.Length];
        for (var round = 1; round <= 19; round++)
        {
            for (var k = 0; k < fileKey.Length; k++)
            {
                roundKey[k] = (byte)(fileKey[k] ^ round);
            }

            value = Rc4.Transform(roundKey, value);
        }

        return user.Length >= 16 && value.AsSpan(0, 16).SequenceEqual(user.AsSpan(0, 16));
    }

    private static byte[]? OpenAes256(byte[] user, byte[] userEncrypted, int revision)
    {
        if (user.Length < 48 || userEncrypted.Length < 32)
        {
            return null;
        }

        var validationSalt = user.AsSpan(32, 8);
        var keySalt = user.AsSpan(40, 8);
        var hash = Aes256Hash.Compute([], validationSalt, [], revision);
        if (!hash.AsSpan(0, 32).SequenceEqual(user.AsSpan(0, 32)))
        {
            return null;
        }

        var intermediate = Aes256Hash.Compute([], keySalt, [], revision);
        using var aes = Aes.Create();
        aes.Key = intermediate[..32];
        return aes.DecryptCbc(userEncrypted.AsSpan(0, 32), new byte[16], PaddingMode.None);
    }
}

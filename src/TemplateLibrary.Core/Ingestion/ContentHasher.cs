using System.Security.Cryptography;

namespace TemplateLibrary.Core.Ingestion;

/// <summary>Hashes file content with SHA-256.</summary>
internal static class ContentHasher
{
    /// <summary>The lower-case hex SHA-256 of the file.</summary>
    public static string HashFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

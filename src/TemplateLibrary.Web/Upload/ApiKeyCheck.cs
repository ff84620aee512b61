using System.Security.Cryptography;
using System.Text;

namespace TemplateLibrary.Web.Upload;

/// <summary>Compares a presented API key with the configured one in constant time.</summary>
internal static class ApiKeyCheck
{
    /// <summary>True when both are present and equal; hashing first makes the comparison length-independent.</summary>
    public static bool Matches(string? configured, string? presented)
    {
        if (string.IsNullOrEmpty(configured) || string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(configured));
        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}

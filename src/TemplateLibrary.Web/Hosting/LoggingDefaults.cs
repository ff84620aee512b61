using Microsoft.Extensions.Configuration.Memory;

namespace TemplateLibrary.Web.Hosting;

/// <summary>Log levels the server starts from; configuration (appsettings, --Logging:LogLevel:…) overrides each one.</summary>
internal static class LoggingDefaults
{
    private static readonly Dictionary<string, string?> Levels = new(StringComparer.Ordinal)
    {
        // About ten framework lines per request: kept for --Logging:LogLevel:Microsoft.AspNetCore=Debug.
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        // A failed start (a busy port) is reported once, by the caller, not as a stack trace here.
        ["Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host"] = "Critical",
    };

    /// <summary>Adds the defaults under every other configuration source.</summary>
    public static void AddTo(ConfigurationManager configuration) =>
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Levels });
}

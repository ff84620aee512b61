using System.Text.Encodings.Web;
using System.Text.Json;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Cli.Output;

/// <summary>Writes command results as JSON in the contract's shapes (the web API writes the same).</summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = ContractJson.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // A terminal tool: print £, quotes and <mark> as they are rather than as \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static void Write<T>(TextWriter writer, T value) => writer.WriteLine(JsonSerializer.Serialize(value, Options));
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace TemplateLibrary.Search.Model;

/// <summary>How the contract's shapes are written as JSON, the same for the web API and the CLI's --json: camelCase
/// names, enums as camelCase strings, snippets as marked HTML.</summary>
public static class ContractJson
{
    /// <summary>Applies the contract's naming and converters to serializer options.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        if (!options.Converters.OfType<JsonStringEnumConverter>().Any())
        {
            options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        }

        return options;
    }
}

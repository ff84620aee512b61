using System.Text.Json;
using System.Text.Json.Serialization;

namespace TemplateLibrary.Core.Clauses;

/// <summary>Writes <see cref="ClauseForm"/> as a camelCase name ("clause", "schedule") in every JSON output.</summary>
public sealed class ClauseFormJsonConverter : JsonStringEnumConverter<ClauseForm>
{
    /// <summary>Creates the converter with camelCase names.</summary>
    public ClauseFormJsonConverter()
        : base(JsonNamingPolicy.CamelCase)
    {
    }
}

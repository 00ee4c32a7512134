using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Callback.Web.Api.OpenApi;

/// <summary>
/// Makes the schemas generated from the API's record types say what the API writes, which is what its clients read.
/// </summary>
public static class WrittenJsonSchemas
{
    public static Task Transform(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        // The web JSON options also read numbers written as strings, so the generator says "integer or string" with a
        // pattern; the answers write numbers as numbers.
        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.String) && schema.Pattern is not null
            && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        // A property left out when null (GmsError.availability, a V2 slot's localTime) is optional, and never null when there.
        if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object && schema.Properties is { } properties)
        {
            foreach (var property in context.JsonTypeInfo.Properties.Where(LeftOutWhenNull))
            {
                schema.Required?.Remove(property.Name);
                if (properties.TryGetValue(property.Name, out var written) && written is OpenApiSchema { Type: { } writtenType } inline)
                    inline.Type = writtenType & ~JsonSchemaType.Null;
            }
        }

        return Task.CompletedTask;
    }

    static bool LeftOutWhenNull(JsonPropertyInfo property) =>
        property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), inherit: true)
            .OfType<JsonIgnoreAttribute>()
            .Any(ignore => ignore.Condition == JsonIgnoreCondition.WhenWritingNull) == true;
}

using Microsoft.OpenApi;

namespace Callback.Web.Api.OpenApi;

/// <summary>
/// A query parameter an endpoint reads from <see cref="HttpRequest.Query"/> itself (GMS's names, such as
/// <c>number-of-days</c>, are no C# names), which ASP.NET Core therefore cannot describe: described here instead. The
/// OpenAPI parameter is built anew for each document, since a generated document is the generator's to change.
/// </summary>
public sealed record QueryParameter(string Name, string Description, Func<OpenApiSchema> Schema, bool Required = false, bool Explode = true)
{
    public OpenApiParameter ToOpenApi() => new()
    {
        Name = Name,
        In = ParameterLocation.Query,
        Description = Description,
        Required = Required,
        Style = ParameterStyle.Form,
        Explode = Explode,
        Schema = Schema(),
    };

    public static QueryParameter Time(string name, string description) =>
        new(name, description, () => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" });

    public static QueryParameter EpochMilliseconds(string name, string description) =>
        new(name, description, () => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "0" });

    /// <summary>A whole number from 1 (to <paramref name="most"/>, when there is a most).</summary>
    public static QueryParameter Count(string name, string description, int? most = null) =>
        new(name, description, () => new OpenApiSchema
        {
            Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = most?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    public static QueryParameter Flag(string name, string description, bool byDefault) =>
        new(name, description, () => new OpenApiSchema { Type = JsonSchemaType.Boolean, Default = byDefault });

    public static QueryParameter Text(string name, string description, bool required = false) =>
        new(name, description, () => new OpenApiSchema { Type = JsonSchemaType.String }, required);

    public static QueryParameter OneOf(string name, string description, IReadOnlyList<string> values, string byDefault) =>
        new(name, description, () => new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. values.Select(v => (System.Text.Json.Nodes.JsonNode)v)], Default = byDefault });

    /// <summary>A comma-separated list in one parameter (<c>states=SCHEDULED,QUEUED</c>): OpenAPI's unexploded form style.</summary>
    public static QueryParameter CommaSeparated(string name, string description, IReadOnlyList<string> values) =>
        new(name, description, () => new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. values.Select(v => (System.Text.Json.Nodes.JsonNode)v)] },
        }, Explode: false);

    /// <summary>A key that may be given several times (<c>_id=a&amp;_id=b</c>), each time a condition of its own.</summary>
    public static QueryParameter Repeatable(string name, string description) =>
        new(name, description, () => new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } });

    /// <summary>
    /// Keys the endpoint does not know in advance (user data): a free-form object whose properties are sent as
    /// <c>key=value</c> pairs, which is how OpenAPI describes open-ended query strings.
    /// </summary>
    public static QueryParameter AnyKeys(string name, string description) =>
        new(name, description, () => new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String } });
}

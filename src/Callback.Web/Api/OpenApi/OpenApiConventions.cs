using Callback.Web.Api.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;

namespace Callback.Web.Api.OpenApi;

/// <summary>
/// What an endpoint declares about itself for the OpenAPI document beyond what ASP.NET Core sees in its signature: the
/// query parameters and bodies it reads from <see cref="HttpRequest"/>, the GMS errors it answers, the credentials it needs.
/// </summary>
public static class OpenApiConventions
{
    const string Json = "application/json";

    public static TBuilder WithQueryParameters<TBuilder>(this TBuilder builder, params IEnumerable<QueryParameter> parameters)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var parameter in parameters)
            {
                // A parameter ASP.NET Core bound itself is described again: ours says what the endpoint makes of it.
                var bound = operation.Parameters.FirstOrDefault(p => p.In == ParameterLocation.Query && p.Name == parameter.Name);
                if (bound is null)
                    operation.Parameters.Add(parameter.ToOpenApi());
                else
                    operation.Parameters[operation.Parameters.IndexOf(bound)] = parameter.ToOpenApi();
            }

            return Task.CompletedTask;
        });

    /// <summary>A GMS key/value body (<see cref="GmsSchemas"/>), in each of the encodings the endpoint reads.</summary>
    public static TBuilder AcceptsGmsBody<TBuilder>(this TBuilder builder, string schemaId, string description)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, context, _) =>
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = description,
                Content = GmsSchemas.BodyContentTypes.ToDictionary(
                    type => type,
                    _ => new OpenApiMediaType { Schema = GmsSchemas.Reference(schemaId, context.Document) }),
            };
            return Task.CompletedTask;
        });

    /// <summary>An answer whose schema is written by hand (records), where no C# type describes it.</summary>
    public static TBuilder ProducesJson<TBuilder>(this TBuilder builder, string description, Func<OpenApiDocument?, IOpenApiSchema> schema)
        where TBuilder : IEndpointConventionBuilder =>
        builder
            // Declared, so that the answer comes first among the responses, as in the other operations; described below.
            .WithMetadata(new ProducesResponseTypeAttribute(StatusCodes.Status200OK))
            .DescribeAnswer(description, schema);

    /// <summary>
    /// An answer of one type or the other, which declared answers cannot say (one type per status): both schemas are
    /// generated as components named for their types, and the answer names them as alternatives.
    /// </summary>
    public static RouteHandlerBuilder ProducesEither<TOne, TOther>(this RouteHandlerBuilder builder, string description) =>
        builder
            .WithMetadata(new ProducesResponseTypeAttribute(StatusCodes.Status200OK))
            .AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
            {
                var document = context.Document!;
                foreach (var type in new[] { typeof(TOne), typeof(TOther) })
                {
                    if (document.Components?.Schemas?.ContainsKey(type.Name) != true)
                        document.AddComponent(type.Name, await context.GetOrCreateSchemaAsync(type, cancellationToken: cancellationToken));
                }
            })
            .DescribeAnswer(description, document => new OpenApiSchema
            {
                AnyOf = [GmsSchemas.Reference(typeof(TOne).Name, document), GmsSchemas.Reference(typeof(TOther).Name, document)],
            });

    static TBuilder DescribeAnswer<TBuilder>(this TBuilder builder, string description, Func<OpenApiDocument?, IOpenApiSchema> schema)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, context, _) =>
        {
            operation.Responses ??= [];
            operation.Responses["200"] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType> { [Json] = new() { Schema = schema(context.Document) } },
            };
            return Task.CompletedTask;
        });

    /// <summary>A GMS error body (<see cref="GmsError"/>) at <paramref name="status"/>, saying when it is answered.</summary>
    public static TBuilder ProducesGmsError<TBuilder>(this TBuilder builder, int status, string when)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ProducesResponseTypeAttribute<GmsError>(status, Json) { Description = when });

    /// <summary>The admin calls' HTTP Basic credentials (<see cref="GenesysOpenApi.AdminScheme"/>), and the 401 without them.</summary>
    public static TBuilder RequiresAdminCredentials<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder
            .ProducesGmsError(StatusCodes.Status401Unauthorized, "The administrator's credentials are missing or wrong.")
            .AddOpenApiOperationTransformer((operation, context, _) =>
            {
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(GenesysOpenApi.AdminScheme, context.Document)] = [] }];
                return Task.CompletedTask;
            });
}

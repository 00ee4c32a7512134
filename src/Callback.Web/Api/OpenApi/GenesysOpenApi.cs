using Callback.Web.Api.Admin;
using Callback.Web.Api.OpenApi;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

// Beside AddGenesysApi, in the namespace Program.cs already imports.
namespace Callback.Web.Api;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>: what ASP.NET Core generates from the endpoints and their metadata,
/// plus what is the same for the whole API: its title, the tags of its areas, the schemas of GMS's key/value bodies,
/// the admin calls' HTTP Basic scheme, and what the path parameters mean.
/// </summary>
public static class GenesysOpenApi
{
    /// <summary>The security scheme of the admin calls.</summary>
    public const string AdminScheme = "basic";

    static readonly IReadOnlyDictionary<string, string> PathParameters = new Dictionary<string, string>
    {
        ["service"] = "The callback service, as configured under Callback:Services (e.g. user-scheduled).",
        ["id"] = "The callback's id, as the start answered it (_id).",
        ["name"] = "The office-hours service, as configured under Callback:OfficeHours (e.g. office-hours).",
    };

    public static IServiceCollection AddGenesysOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer(DescribeApi);
            options.AddOperationTransformer(DescribePathParameters);
            options.AddSchemaTransformer(WrittenJsonSchemas.Transform);
        });

    static Task DescribeApi(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "GMS Callback API",
            Version = "1",
            Description = "Genesys Mobile Services' callback API. Errors answer GMS's body (GmsError); times are ISO 8601 UTC with "
                + "milliseconds (2026-11-26T15:00:00.000Z). See docs/api.md.",
        };

        // The areas in the order a reader meets them, each with its line; tags of other endpoints are kept after them.
        var others = document.Tags?.Where(t => ApiTags.All.All(a => a.Name != t.Name)).ToList() ?? [];
        document.Tags = new HashSet<OpenApiTag>([.. ApiTags.All.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }), .. others]);

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[AdminScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "basic",
            Description = $"The administrator's credentials, needed by the admin calls when {AdminCredentials.UsernameKey} and "
                + $"{AdminCredentials.PasswordKey} are configured (this document then lists it on them).",
        };
        GmsSchemas.AddTo(document);
        InStatusOrder(document);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Each operation's responses by status: metadata of a group (the admin calls' 401) comes before the endpoint's own,
    /// and a reader looks for the 200 first.
    /// </summary>
    static void InStatusOrder(OpenApiDocument document)
    {
        foreach (var operation in document.Paths.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? []))
        {
            if (operation.Responses is not { Count: > 1 } responses)
                continue;

            var ordered = responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
            responses.Clear();
            foreach (var (status, response) in ordered)
                responses.Add(status, response);
        }
    }

    static Task DescribePathParameters(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In == ParameterLocation.Path && parameter.Description is null && PathParameters.TryGetValue(parameter.Name!, out var description))
                parameter.Description = description;
        }

        return Task.CompletedTask;
    }
}

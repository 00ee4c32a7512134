using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.OpenApi;

namespace Callback.Web.Tests;

public sealed class OpenApi_document_Specs :
    IDisposable
{
    const string GmsErrorReference = "#/components/schemas/GmsError";

    static readonly string[] Areas = ["Availability", "Callbacks", "Device", "Admin", "Calendar", "Phone numbers"];

    readonly GenesysApiHost _host = new();

    public void Dispose() => _host.Dispose();

    /// <summary>Every operation of the GMS API, as (path, method).</summary>
    public static TheoryData<string, string> GmsOperations => new()
    {
        { "/genesys/1/service/callback/{service}/availability", "get" },
        { "/genesys/2/service/callback/{service}/availability", "get" },
        { "/genesys/1/service/callback/{service}", "post" },
        { "/genesys/1/service/callback/{service}/{id}", "put" },
        { "/genesys/1/service/callback/{service}/{id}", "delete" },
        { "/genesys/1/service/callback/{service}", "get" },
        { "/genesys/1/service/callback", "get" },
        { "/genesys/1/service/callback/{service}/{id}/history", "get" },
        { "/genesys/1/service/{id}/connect", "post" },
        { "/genesys/1/service/{id}/check-queue-position", "get" },
        { "/genesys/1/service/{id}/check-queue-position", "post" },
        { "/genesys/1/admin/callback/queues", "get" },
        { "/genesys/1/admin/callback/watermarks", "get" },
        { "/genesys/1/admin/callback/cancel", "post" },
        { "/genesys/1/phonenumber", "get" },
        { "/genesys/1/service/{name}", "get" },
    };

    [Theory]
    [MemberData(nameof(GmsOperations))]
    public async Task Each_GMS_endpoint_is_described_with_a_summary_a_tag_of_its_area_and_its_answer(string path, string method)
    {
        var operation = Operation(await Document(), path, method);

        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("description").GetString()));
        Assert.Contains(operation.GetProperty("tags").EnumerateArray().Single().GetString(), Areas);
        Assert.True(operation.GetProperty("responses").TryGetProperty("200", out _), $"{method} {path} has no 200 answer");
    }

    [Fact]
    public async Task Availability_V2_lists_every_query_parameter_it_reads_with_its_type()
    {
        var parameters = QueryParameters(Operation(await Document(), "/genesys/2/service/callback/{service}/availability", "get"));

        Assert.Equal(["start", "start-ms", "end", "end-ms", "number-of-days", "max-time-slots", "timezone", "report-busy"], parameters.Keys);
        Assert.Equal(("string", "date-time"), TypeOf(parameters["start"]));
        Assert.Equal(("integer", "int64"), TypeOf(parameters["end-ms"]));
        Assert.Equal(("integer", "int32"), TypeOf(parameters["number-of-days"]));
        Assert.Equal(366, parameters["number-of-days"].GetProperty("schema").GetProperty("maximum").GetInt32());
        Assert.Equal(("boolean", null), TypeOf(parameters["report-busy"]));
        Assert.All(parameters.Values, p => Assert.False(p.TryGetProperty("required", out var required) && required.GetBoolean()));
    }

    [Fact]
    public async Task Availability_V1_reads_a_window_or_a_timestamp_and_answers_a_flat_map_of_free_places()
    {
        var operation = Operation(await Document(), "/genesys/1/service/callback/{service}/availability", "get");

        Assert.Equal(["start", "end", "number-of-days", "max-time-slots", "timestamp"], QueryParameters(operation).Keys);
        var answer = JsonSchema(operation.GetProperty("responses").GetProperty("200"));
        Assert.Equal("object", answer.GetProperty("type").GetString());
        Assert.Equal("integer", answer.GetProperty("additionalProperties").GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_queries_read_record_keys_and_an_operand_of_AND_or_OR_and_answer_records()
    {
        var document = await Document();
        var operation = Operation(document, "/genesys/1/service/callback", "get");
        var parameters = QueryParameters(operation);

        Assert.Contains("_id", parameters.Keys);
        Assert.Contains("_customer_number", parameters.Keys);
        Assert.Contains("_callback_state", parameters.Keys);
        Assert.Contains("!", parameters["_callback_state"].GetProperty("description").GetString());
        var operand = parameters["operand"].GetProperty("schema");
        Assert.Equal(["AND", "OR"], operand.GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("AND", operand.GetProperty("default").GetString());

        var records = JsonSchema(operation.GetProperty("responses").GetProperty("200"));
        Assert.Equal("array", records.GetProperty("type").GetString());
        var record = Resolve(document, records.GetProperty("items"));
        Assert.Contains("_url", record.GetProperty("required").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("string", record.GetProperty("additionalProperties").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Cancel_reads_discard_ors_failure_as_a_boolean()
    {
        var parameters = QueryParameters(Operation(await Document(), "/genesys/1/service/callback/{service}/{id}", "delete"));

        Assert.Equal(("boolean", null), TypeOf(parameters["discard_ors_failure"]));
    }

    [Fact]
    public async Task Start_takes_its_body_in_the_three_GMS_encodings_with_the_customer_number_required()
    {
        var document = await Document();
        var body = Operation(document, "/genesys/1/service/callback/{service}", "post").GetProperty("requestBody");

        var content = body.GetProperty("content");
        Assert.Equal(["multipart/form-data", "application/x-www-form-urlencoded", "application/json"], content.EnumerateObject().Select(c => c.Name));
        foreach (var encoding in content.EnumerateObject())
        {
            var schema = Resolve(document, encoding.Value.GetProperty("schema"));
            Assert.Equal(["_customer_number"], schema.GetProperty("required").EnumerateArray().Select(k => k.GetString()));
            Assert.Equal("date-time", schema.GetProperty("properties").GetProperty("_desired_time").GetProperty("format").GetString());
            Assert.True(schema.GetProperty("properties").TryGetProperty("_device_notification_id", out _));
            Assert.Equal("string", schema.GetProperty("additionalProperties").GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task Start_answers_the_callback_id_or_the_dialog()
    {
        var document = await Document();
        var answer = JsonSchema(Operation(document, "/genesys/1/service/callback/{service}", "post").GetProperty("responses").GetProperty("200"));

        var alternatives = answer.GetProperty("anyOf").EnumerateArray().Select(a => Resolve(document, a)).ToList();
        Assert.Equal(2, alternatives.Count);
        Assert.All(alternatives, a => Assert.Contains("_id", a.GetProperty("required").EnumerateArray().Select(k => k.GetString())));
        Assert.Contains(alternatives, a => a.GetProperty("properties").TryGetProperty("_ok_title", out _));
    }

    [Fact]
    public async Task Reschedule_takes_the_new_desired_time_in_the_three_encodings()
    {
        var document = await Document();
        var content = Operation(document, "/genesys/1/service/callback/{service}/{id}", "put").GetProperty("requestBody").GetProperty("content");

        Assert.Equal(3, content.EnumerateObject().Count());
        var schema = Resolve(document, content.GetProperty("application/json").GetProperty("schema"));
        Assert.True(schema.GetProperty("properties").TryGetProperty("_new_desired_time", out _));
    }

    [Fact]
    public async Task Every_error_answer_is_the_GMS_error_body()
    {
        var document = await Document();

        var errors = (
            from path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/genesys", StringComparison.Ordinal))
            from operation in path.Value.EnumerateObject()
            from response in operation.Value.GetProperty("responses").EnumerateObject()
            where response.Name[0] is '4' or '5'
            select (Where: $"{operation.Name} {path.Name} {response.Name}", Schema: JsonSchema(response.Value))).ToList();

        Assert.Contains(errors, e => e.Where == "get /genesys/2/service/callback/{service}/availability 400");
        Assert.Contains(errors, e => e.Where == "post /genesys/1/service/callback/{service} 503");
        Assert.Contains(errors, e => e.Where == "delete /genesys/1/service/callback/{service}/{id} 404");
        Assert.All(errors, e => Assert.Equal(GmsErrorReference, e.Schema.GetProperty("$ref").GetString()));

        var gmsError = Resolve(document, errors[0].Schema);
        Assert.Equal(["exception", "code", "phrase", "message", "availability"], gmsError.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal("integer", gmsError.GetProperty("properties").GetProperty("code").GetProperty("type").GetString());
    }

    [Fact]
    public async Task With_admin_credentials_configured_the_admin_operations_require_the_basic_scheme()
    {
        using var host = new GenesysApiHost(new Dictionary<string, string?> { ["Admin:Username"] = "admin", ["Admin:Password"] = "s3cret" });
        var document = await Document(host);

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("basic");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("basic", scheme.GetProperty("scheme").GetString());
        foreach (var (path, method) in new[] { ("/genesys/1/admin/callback/queues", "get"), ("/genesys/1/admin/callback/watermarks", "get"), ("/genesys/1/admin/callback/cancel", "post") })
        {
            var operation = Operation(document, path, method);
            Assert.True(operation.GetProperty("security").EnumerateArray().Single().TryGetProperty("basic", out _), $"{method} {path} does not require basic");
            Assert.Equal(GmsErrorReference, JsonSchema(operation.GetProperty("responses").GetProperty("401")).GetProperty("$ref").GetString());
        }

        Assert.False(Operation(document, "/genesys/1/service/callback", "get").TryGetProperty("security", out _));
    }

    [Fact]
    public async Task Without_admin_credentials_the_admin_operations_are_open()
    {
        var operation = Operation(await Document(), "/genesys/1/admin/callback/queues", "get");

        Assert.False(operation.TryGetProperty("security", out _));
        Assert.False(operation.GetProperty("responses").TryGetProperty("401", out _));
    }

    [Fact]
    public async Task The_document_reads_back_as_OpenAPI_without_errors()
    {
        var json = await _host.CreateClient().GetStringAsync("/openapi/v1.json");

        var (document, diagnostic) = OpenApiDocument.Parse(json, "json");

        Assert.Empty(diagnostic!.Errors);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, diagnostic.SpecificationVersion);
        Assert.NotNull(document!.Paths["/genesys/1/service/callback/{service}"]);
    }

    Task<JsonElement> Document() => Document(_host);

    static async Task<JsonElement> Document(GenesysApiHost host) =>
        await host.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

    static JsonElement Operation(JsonElement document, string path, string method)
    {
        Assert.True(document.GetProperty("paths").TryGetProperty(path, out var operations), $"{path} is not in the document");
        Assert.True(operations.TryGetProperty(method, out var operation), $"{method.ToUpperInvariant()} {path} is not in the document");
        return operation;
    }

    static Dictionary<string, JsonElement> QueryParameters(JsonElement operation) =>
        operation.GetProperty("parameters").EnumerateArray()
            .Where(p => p.GetProperty("in").GetString() == "query")
            .ToDictionary(p => p.GetProperty("name").GetString()!);

    static (string? Type, string? Format) TypeOf(JsonElement parameter)
    {
        var schema = parameter.GetProperty("schema");
        return (schema.GetProperty("type").GetString(), schema.TryGetProperty("format", out var format) ? format.GetString() : null);
    }

    static JsonElement JsonSchema(JsonElement response) => response.GetProperty("content").GetProperty("application/json").GetProperty("schema");

    /// <summary>The schema a <c>$ref</c> names, or the schema itself.</summary>
    static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        if (!schema.TryGetProperty("$ref", out var reference))
            return schema;

        var name = reference.GetString()!["#/components/schemas/".Length..];
        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty(name, out var target), $"{reference} names no schema");
        return target;
    }
}

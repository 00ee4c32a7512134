using System.Net.Http.Json;
using System.Text.Json;

namespace Callback.Web.Tests;

public sealed class OpenApi_document_Specs :
    IDisposable
{
    readonly GenesysApiHost _host = new();

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("/genesys/1/service/callback/{service}", "post")]
    [InlineData("/genesys/1/service/callback/{service}/{id}", "put")]
    [InlineData("/genesys/1/service/callback/{service}/{id}", "delete")]
    [InlineData("/genesys/1/service/callback/{service}/availability", "get")]
    [InlineData("/genesys/2/service/callback/{service}/availability", "get")]
    [InlineData("/genesys/1/service/callback", "get")]
    [InlineData("/genesys/1/service/{id}/connect", "post")]
    [InlineData("/genesys/1/admin/callback/queues", "get")]
    [InlineData("/genesys/1/phonenumber", "get")]
    [InlineData("/genesys/1/service/{name}", "get")]
    public async Task The_app_serves_an_OpenAPI_document_of_its_GMS_endpoints(string path, string method)
    {
        var document = await _host.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        Assert.True(document.GetProperty("paths").TryGetProperty(path, out var operations), $"{path} is not in the document");
        Assert.True(operations.TryGetProperty(method, out _), $"{method.ToUpperInvariant()} {path} is not in the document");
    }
}

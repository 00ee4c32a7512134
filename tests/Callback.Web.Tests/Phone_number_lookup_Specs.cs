using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Callback.Web.Tests;

public sealed class Phone_number_lookup_Specs :
    IDisposable
{
    readonly GenesysApiHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_number_is_described_with_GMS_s_keys()
    {
        var body = await _host.CreateClient().GetFromJsonAsync<JsonElement>("/genesys/1/phonenumber?number=6502530000&country=US");

        Assert.Equal("+16502530000", body.GetProperty("number-E164").GetString());
        Assert.Equal("+1 650-253-0000", body.GetProperty("number-international").GetString());
        Assert.Equal("(650) 253-0000", body.GetProperty("number-national").GetString());
        Assert.Equal(1, body.GetProperty("country-code").GetInt32());
        Assert.Equal("FROM_DEFAULT_COUNTRY", body.GetProperty("country-code-source").GetString());
        Assert.True(body.GetProperty("is-possible-number").GetBoolean());
        Assert.True(body.GetProperty("is-valid-number").GetBoolean());
        Assert.False(body.GetProperty("is-premium").GetBoolean());
        Assert.Equal("US", body.GetProperty("region-code").GetString());
        Assert.Equal("Mountain View, CA", body.GetProperty("location").GetString());
        Assert.Contains("America/Los_Angeles", body.GetProperty("time-zone").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.String, body.GetProperty("carrier").ValueKind);
        Assert.Equal(JsonValueKind.String, body.GetProperty("number-type").ValueKind);
    }

    [Fact]
    public async Task A_premium_number_says_so_and_a_number_with_a_plus_keeps_its_own_country()
    {
        var premium = await _host.CreateClient().GetFromJsonAsync<JsonElement>("/genesys/1/phonenumber?number=%2B19005551234");
        Assert.True(premium.GetProperty("is-premium").GetBoolean());
        Assert.Equal("PREMIUM_RATE", premium.GetProperty("number-type").GetString());

        var french = await _host.CreateClient().GetFromJsonAsync<JsonElement>("/genesys/1/phonenumber?number=%2B33142685300&country=US&geocodingLocale=fr_FR");
        Assert.Equal("FR", french.GetProperty("region-code").GetString());
        Assert.Equal("FROM_NUMBER_WITH_PLUS_SIGN", french.GetProperty("country-code-source").GetString());
        Assert.Equal("France", french.GetProperty("location").GetString());
    }

    [Fact]
    public async Task A_number_that_cannot_be_parsed_gets_GMS_s_error()
    {
        var response = await _host.CreateClient().GetAsync("/genesys/1/phonenumber?number=abc&country=US");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("com.genesyslab.gsg.GSGException", error.GetProperty("exception").GetString());
        Assert.Equal(400, error.GetProperty("code").GetInt32());
        Assert.Equal("Bad Request", error.GetProperty("phrase").GetString());
        Assert.Equal("Invalid Phone Number abc for Country US (parsing impossible)", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_missing_number_is_refused() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await _host.CreateClient().GetAsync("/genesys/1/phonenumber")).StatusCode);
}

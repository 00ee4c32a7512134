using System.Text;
using Callback.Web.Api.Requests;
using Microsoft.AspNetCore.Http;

namespace Callback.Web.Tests;

public class Request_values_Specs
{
    [Fact]
    public async Task A_multipart_body_as_in_the_seed_gives_its_fields()
    {
        const string body = "--AaB03x\r\nContent-Disposition: form-data; name=\"_customer_number\"\r\n\r\n5115\r\n"
            + "--AaB03x\r\nContent-Disposition: form-data; name=\"_desired_time\"\r\n\r\n2026-11-26T10:00:00.000Z\r\n--AaB03x--\r\n";

        var result = await Read("multipart/form-data; boundary=AaB03x", body);

        Assert.Null(result.Error);
        Assert.Equal("5115", result.Values["_customer_number"]);
        Assert.Equal("2026-11-26T10:00:00.000Z", result.Values["_desired_time"]);
    }

    [Fact]
    public async Task A_urlencoded_body_gives_its_fields()
    {
        var result = await Read("application/x-www-form-urlencoded", "_customer_number=01822256&my_token=Stat_Server1");

        Assert.Equal(new Dictionary<string, string> { ["_customer_number"] = "01822256", ["my_token"] = "Stat_Server1" }, result.Values);
    }

    [Fact]
    public async Task A_JSON_object_gives_its_values_as_text()
    {
        var result = await Read("application/json", """{"_customer_number":"5115","_wait_for_agent":false,"_max_dial_attempts":2,"note":null}""");

        Assert.Equal(new Dictionary<string, string>
        {
            ["_customer_number"] = "5115", ["_wait_for_agent"] = "false", ["_max_dial_attempts"] = "2", ["note"] = "",
        }, result.Values);
    }

    [Theory]
    [InlineData("application/json", "{not json", "not valid JSON")]
    [InlineData("application/json", "[1,2]", "must be a JSON object")]
    [InlineData("application/json", """{"nested":{"a":1}}""", "'nested'")]
    [InlineData("text/plain", "_customer_number=5115", "is not supported")]
    public async Task A_body_that_cannot_be_read_is_refused_with_a_reason(string contentType, string body, string reason)
    {
        var result = await Read(contentType, body);

        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Values);
    }

    static Task<RequestValuesResult> Read(string contentType, string body)
    {
        var context = new DefaultHttpContext();
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Request.ContentType = contentType;
        context.Request.ContentLength = bytes.Length;
        context.Request.Body = new MemoryStream(bytes);
        return RequestValues.Read(context.Request, CancellationToken.None);
    }
}

using System.Net;
using System.Net.Http.Json;
using Callback.Web.Api.Errors;

namespace Callback.Web.Tests;

/// <summary>Checks that an answer is the GMS error body with the status and exception a GMS client expects.</summary>
public static class GmsErrorAssert
{
    public static async Task<GmsError> IsGmsError(this HttpResponseMessage response, HttpStatusCode status, string exception)
    {
        Assert.Equal(status, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<GmsError>();
        Assert.NotNull(error);
        Assert.Equal(exception, error.Exception);
        Assert.Equal((int)status, error.Code);
        Assert.False(string.IsNullOrEmpty(error.Message));
        return error;
    }
}

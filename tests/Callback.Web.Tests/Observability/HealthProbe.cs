using System.Net;
using System.Text.Json;
using Callback.Testing;

namespace Callback.Web.Tests.Observability;

/// <summary>What a load balancer or an orchestrator sees of a process's health endpoints.</summary>
static class HealthProbe
{
    /// <summary>Outages are noticed at once, but a bus reconnects on its own schedule (backing off between attempts).</summary>
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);

    /// <summary>Asks <paramref name="path"/> until it answers <paramref name="status"/>; returns that answer's body.</summary>
    public static async Task<JsonElement> Until(HttpClient client, string path, HttpStatusCode status, string what)
    {
        var last = "nothing yet";
        using var answer = await Polling.WaitForQuery(async () =>
        {
            using var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            last = $"{(int)response.StatusCode} {body}";
            return response.StatusCode == status ? JsonDocument.Parse(body) : null;
        }, what, Timeout, () => last);
        return answer.RootElement.Clone();
    }

    public static string CheckStatus(JsonElement report, string check) =>
        report.GetProperty("checks").GetProperty(check).GetProperty("status").GetString()!;
}

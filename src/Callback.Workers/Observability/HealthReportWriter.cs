using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Callback.Workers.Observability;

/// <summary>
/// The body of the health endpoints: the overall status and each check's status, description and duration, e.g.
/// <c>{"status":"Unhealthy","durationMs":3.1,"checks":{"masstransit-bus":{"status":"Unhealthy","description":"...","durationMs":0.2}}}</c>.
/// A check that threw has the exception's message as its description (HealthCheckService puts it there); the rest of the
/// exception is left out, since the web tier's port may be reachable by clients.
/// </summary>
public static class HealthReportWriter
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";

        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteNumber("durationMs", Math.Round(report.TotalDuration.TotalMilliseconds, 1));
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            if (entry.Description is { } description)
                json.WriteString("description", description);
            json.WriteNumber("durationMs", Math.Round(entry.Duration.TotalMilliseconds, 1));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}

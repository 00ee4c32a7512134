using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Callback.Testing;

namespace Callback.Web.Tests.Observability;

/// <summary>
/// One immediate callback through the embedded default, from the HTTP request to an agent connected: a simulated contact
/// center where every step succeeds at once except the ring, which lasts a second, so one timer goes through the Quartz
/// scheduler. The test's clock is moved a second at a time until the session completes.
/// </summary>
static class ImmediateSessionRun
{
    public const string CustomerNumber = "+14155550123";

    public static readonly IReadOnlyDictionary<string, string?> Settings =
        ReliableContactCenter.Settings().With(new Dictionary<string, string?> { ["Telephony:Simulated:RingSeconds"] = "1" });

    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Books the callback and returns its <c>_callback_reason</c> once it has completed.</summary>
    public static async Task<string> Complete(GenesysApiHost host)
    {
        var client = host.CreateClient();
        var booked = await client.PostAsJsonAsync("/genesys/1/service/callback/user-immediate",
            new Dictionary<string, string> { ["_customer_number"] = CustomerNumber, ["first_name"] = "John" });
        Assert.Equal(HttpStatusCode.OK, booked.StatusCode);
        var id = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("_id").GetString();

        var last = "nothing yet";
        var reason = await Polling.WaitForQuery(async () =>
        {
            host.Clock.Advance(TimeSpan.FromSeconds(1));
            var records = await client.GetFromJsonAsync<JsonElement>($"/genesys/1/service/callback?_id={id}");
            last = records.ToString();
            return records.GetArrayLength() == 1 && records[0].GetProperty("_callback_state").GetString() == "COMPLETED"
                ? records[0].GetProperty("_callback_reason").GetString()
                : null;
        }, "the callback to complete", Timeout, () => last);

        return reason;
    }
}

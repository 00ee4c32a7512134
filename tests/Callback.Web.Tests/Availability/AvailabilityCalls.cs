using System.Net;
using System.Text.Json;
using Callback.Sagas.Persistence.Bookings;
using Microsoft.Extensions.DependencyInjection;

namespace Callback.Web.Tests.Availability;

/// <summary>What the availability specs do with a host: ask through HTTP, book places as the start endpoint would.</summary>
public static class AvailabilityCalls
{
    /// <summary>The availability URL of <paramref name="service"/> in API <paramref name="version"/> (1 or 2).</summary>
    public static string Url(int version, string service) => $"/genesys/{version}/service/callback/{service}/availability";

    public static async Task<(HttpStatusCode Status, JsonElement Body)> Get(this GenesysApiHost host, string url)
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, body);
    }

    /// <summary>The V1 answer as (slot, free places) pairs, in the order of the body.</summary>
    public static async Task<IReadOnlyList<(string Slot, int Free)>> V1Slots(this GenesysApiHost host, string service, string query = "")
    {
        var (status, body) = await host.Get(Url(1, service) + query);
        Assert.Equal(HttpStatusCode.OK, status);
        return body.EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())).ToList();
    }

    public static async Task<JsonElement> V2Answer(this GenesysApiHost host, string service, string query = "")
    {
        var (status, body) = await host.Get(Url(2, service) + query);
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }

    /// <summary>Takes <paramref name="places"/> places of the slot, each for a session of its own.</summary>
    public static async Task Book(this GenesysApiHost host, string service, DateTimeOffset slot, int places, int capacity = 100)
    {
        using var client = host.CreateClient();
        var bookings = host.Services.GetRequiredService<SlotBookings>();
        for (var i = 0; i < places; i++)
            Assert.Equal(SlotBookingResult.Booked, await bookings.TryBook(service, slot, capacity, Guid.NewGuid()));
    }
}

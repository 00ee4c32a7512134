using System.Net.Http.Json;
using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Persistence;
using Callback.Sagas.StateMachines;
using Callback.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Callback.Web.Tests;

/// <summary>
/// Sessions for the management and admin specs: written straight into the session store in the saga state a test
/// needs (nothing drives them on, since no adapter was told about them), or started for real through the bus with
/// <see cref="CallbackRequested"/> when the saga must act on them; and what the app's database holds of them.
/// </summary>
public static class StoredSessions
{
    public const string Service = "user-scheduled";

    public static CallbackSession In(string sagaState, DateTimeOffset createdAt, string service = Service, DateTimeOffset? desiredTime = null,
        string? reason = null, Dictionary<string, string>? userData = null, TimeSpan ewt = default, SessionOptions? options = null) => new()
    {
        CorrelationId = Guid.NewGuid(),
        CurrentState = sagaState,
        ServiceName = service,
        CustomerNumber = Given.CustomerNumber,
        DesiredTime = desiredTime,
        CreatedAt = createdAt,
        ExpirationTime = (desiredTime ?? createdAt) + TimeSpan.FromDays(1),
        CompletedAt = reason is null ? null : createdAt,
        Reason = reason,
        Options = options ?? Given.Options(),
        UserData = userData ?? new Dictionary<string, string> { ["first_name"] = "John", ["last_name"] = "Doe" },
        DeviceOs = "comet",
        LastKnownEwt = ewt,
    };

    public static async Task Store(this GenesysApiHost host, params CallbackSession[] sessions)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CallbackDbContext>();
        db.Sessions.AddRange(sessions);
        await db.SaveChangesAsync();
    }

    /// <summary>Starts a session as the start endpoint does once it has booked its slot, and waits until the query API shows it.</summary>
    public static async Task<Guid> Start(this GenesysApiHost host, HttpClient client, CallbackRequested request)
    {
        await host.Services.GetRequiredService<IBus>().Publish(request);
        await client.WaitForRecord(request.SessionId, _ => true, "the session to be stored");
        return request.SessionId;
    }

    /// <summary>Polls the query by id until the record satisfies <paramref name="condition"/>.</summary>
    public static Task<Dictionary<string, string>> WaitForRecord(this HttpClient client, Guid id, Func<Dictionary<string, string>, bool> condition,
        string what)
    {
        Dictionary<string, string>? last = null;
        return Polling.WaitForQuery(async () =>
        {
            var records = await client.GetFromJsonAsync<List<Dictionary<string, string>>>($"/genesys/1/service/callback?_id={id}");
            last = records?.SingleOrDefault();
            return last is not null && condition(last) ? last : null;
        }, what, TimeSpan.FromSeconds(30), () => last is null ? "no record" : string.Join(", ", last.Select(kv => $"{kv.Key}={kv.Value}")));
    }

    public static async Task<List<Dictionary<string, string>>> Records(this HttpClient client, string url) =>
        await client.GetFromJsonAsync<List<Dictionary<string, string>>>(url) ?? [];

    /// <summary>The session as the app's database holds it, once it is there.</summary>
    public static async Task<CallbackSession> Stored(this GenesysApiHost host, Guid sessionId)
    {
        var contexts = host.Services.GetRequiredService<IDbContextFactory<CallbackDbContext>>();
        return await Polling.WaitForQuery(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            return await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.CorrelationId == sessionId);
        }, $"session {sessionId} to be stored", TimeSpan.FromSeconds(30));
    }

    public static async Task<int> Count(this GenesysApiHost host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<CallbackDbContext>>().CreateDbContextAsync();
        return await db.Sessions.CountAsync();
    }

    /// <summary>How many sessions of <paramref name="service"/> hold a place in a slot.</summary>
    public static async Task<int> Booked(this GenesysApiHost host, string service)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<CallbackDbContext>>().CreateDbContextAsync();
        return await db.SessionBookings.CountAsync(b => b.ServiceName == service);
    }
}

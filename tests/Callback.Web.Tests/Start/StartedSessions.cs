using Callback.Sagas.Persistence;
using Callback.Sagas.StateMachines;
using Callback.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Callback.Web.Tests.Start;

/// <summary>The sessions and bookings the app's database holds, as its workers left them.</summary>
public static class StartedSessions
{
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

    public static async Task<int> Booked(this GenesysApiHost host, string service)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<CallbackDbContext>>().CreateDbContextAsync();
        return await db.SessionBookings.CountAsync(b => b.ServiceName == service);
    }
}

using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Callback.Web.Push.Comet;

/// <summary>
/// The CometD (Bayeux 1.0) server at <c>/genesys/cometd</c>, where <c>comet</c> devices receive their pushes on
/// <c>/_genesys/callback/{id}</c>: long-polling POSTs and WebSockets (the pipeline needs <c>UseWebSockets</c>).
/// </summary>
public static class CometD
{
    public const string Path = "/genesys/cometd";

    public static IServiceCollection AddCometD(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(CometOptions.Read(configuration));
        services.TryAddSingleton<CometSessions>();
        services.TryAddSingleton<ICometPublisher>(provider => provider.GetRequiredService<CometSessions>());
        services.TryAddSingleton<BayeuxServer>();
        services.AddHostedService<CometSweeper>();
        return services;
    }

    public static IEndpointRouteBuilder MapCometD(this IEndpointRouteBuilder app)
    {
        var cometd = app.MapGroup(Path).ExcludeFromDescription();
        cometd.MapLongPolling();
        cometd.MapWebSocket();
        return app;
    }
}

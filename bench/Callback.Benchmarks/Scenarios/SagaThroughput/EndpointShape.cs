using Callback.Sagas.StateMachines;

namespace Callback.Benchmarks.Scenarios.SagaThroughput;

/// <summary>
/// How the session saga's endpoint consumes (prefetch, concurrent messages), read from its definition so that the
/// broker baseline's endpoint stays shaped like it when the definition changes.
/// </summary>
public sealed record EndpointShape(int PrefetchCount, int ConcurrentMessageLimit)
{
    public static EndpointShape OfSessionSaga()
    {
        var definition = new CallbackSessionDefinition();
        var prefetch = definition.EndpointDefinition?.PrefetchCount ?? Math.Max(Environment.ProcessorCount * 2, 16);
        return new EndpointShape(prefetch, definition.ConcurrentMessageLimit ?? prefetch);
    }

    public override string ToString() => $"prefetch {PrefetchCount}, {ConcurrentMessageLimit} concurrent";
}

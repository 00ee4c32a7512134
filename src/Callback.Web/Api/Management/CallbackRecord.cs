using Callback.Sagas.StateMachines;

namespace Callback.Web.Api.Management;

/// <summary>
/// A session as the GMS query and admin APIs show it: the record keys (<c>_id</c>, <c>_desired_time</c>,
/// <c>_service_name</c>, <c>_callback_state</c>, <c>_callback_reason</c> once there is one, <c>_customer_number</c>,
/// <c>_expiration_time</c>, <c>_url</c>) followed by the user data as plain keys. Every value is text, as in GMS, so
/// that a filter compares the same text a client reads.
/// </summary>
public static class CallbackRecord
{
    public const string Id = "_id";
    public const string DesiredTime = "_desired_time";
    public const string ServiceName = "_service_name";
    public const string State = "_callback_state";
    public const string Reason = "_callback_reason";
    public const string CustomerNumber = "_customer_number";
    public const string ExpirationTime = "_expiration_time";
    public const string Url = "_url";

    /// <param name="session">The session, as stored.</param>
    /// <param name="now">The time its state is read at: a scheduled session reads QUEUED once its execution window opens.</param>
    /// <param name="baseUrl">Scheme, host and path base of the API, so that <c>_url</c> is where the record can be fetched, cancelled or moved.</param>
    public static IReadOnlyDictionary<string, string> Of(CallbackSession session, DateTimeOffset now, string baseUrl)
    {
        var record = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Id] = session.CorrelationId.ToString(),
            // An immediate callback has no desired time of its own: it was wanted when it was asked for.
            [DesiredTime] = GmsTime.Utc(session.DesiredTime ?? session.CreatedAt),
            [ServiceName] = session.ServiceName,
            [State] = GmsCallbackState.Of(session, now),
        };

        if (session.Reason is { } reason)
            record[Reason] = reason;

        record[CustomerNumber] = session.CustomerNumber;
        record[ExpirationTime] = GmsTime.Utc(session.ExpirationTime);
        record[Url] = $"{baseUrl}{GenesysApi.Root}/1/service/callback/{Uri.EscapeDataString(session.ServiceName)}/{session.CorrelationId}";

        // User data keys never start with an underscore, so they cannot hide a record key.
        foreach (var (key, value) in session.UserData)
            record.TryAdd(key, value);

        return record;
    }

    /// <summary>The scheme, host and path base of <paramref name="request"/>.</summary>
    public static string BaseUrlOf(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}

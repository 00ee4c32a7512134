using System.Collections.Frozen;

namespace Callback.Sagas.Contracts.Push;

/// <summary>
/// GMS's callback event names (<c>_callback_events_list</c>) at which a session sends a status notification. GMS knows
/// more (<c>_cbe_on_virtual_ixn_create</c>, <c>_cbe_on_connect_treatment_start</c>, ...); these are the points this
/// saga has.
/// </summary>
public static class StatusEvents
{
    /// <summary>The session was accepted.</summary>
    public const string ServiceCreate = "_cbe_on_service_create";

    /// <summary>A dial attempt was sent to SIP Server (<c>DialCustomer</c>).</summary>
    public const string DialInit = "_cbe_on_dial_init";

    /// <summary>A dial attempt ended: answered (by anyone) or failed.</summary>
    public const string DialDone = "_cbe_on_dial_done";

    /// <summary>A person answered and URS was asked to reserve an agent (<c>ReserveTarget</c>).</summary>
    public const string CustomerQueued = "_cbe_on_customer_queued";

    /// <summary>URS reserved an agent.</summary>
    public const string TargetFound = "_cbe_on_target_found";

    /// <summary>SIP Server was asked to connect the call to the agent (<c>RouteCall</c>).</summary>
    public const string RouteToAgent = "_cbe_on_route_to_agent";

    /// <summary>The session completed, whatever the reason.</summary>
    public const string ServiceExit = "_cbe_on_service_exit";

    /// <summary>The session was cancelled (by the customer or an administrator).</summary>
    public const string CallbackCancelled = "_cbe_on_callback_cancelled";

    public static readonly FrozenSet<string> All = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        ServiceCreate, DialInit, DialDone, CustomerQueued, TargetFound, RouteToAgent, ServiceExit, CallbackCancelled);
}

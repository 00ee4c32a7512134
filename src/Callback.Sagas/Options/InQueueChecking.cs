namespace Callback.Sagas.Options;

/// <summary>GMS <c>_enable_in_queue_checking</c>: whether a number that already waits for callbacks may book another.</summary>
public enum InQueueChecking
{
    /// <summary><c>false</c>: a number may have any number of callbacks queued.</summary>
    Off,

    /// <summary><c>true</c>: refused when the number already has 2 callbacks queued.</summary>
    On,

    /// <summary><c>strict</c>: refused when the number already has 1 callback queued.</summary>
    Strict,
}

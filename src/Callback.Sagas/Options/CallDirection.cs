namespace Callback.Sagas.Options;

/// <summary>GMS <c>_call_direction</c>: who places the call that reaches the agent.</summary>
public enum CallDirection
{
    /// <summary><c>USERORIGINATED</c>: the customer dials in with the access information GMS returns.</summary>
    UserOriginated,

    /// <summary><c>USERTERMINATED</c>: the contact center dials the customer; the scenarios this service runs.</summary>
    UserTerminated,
}

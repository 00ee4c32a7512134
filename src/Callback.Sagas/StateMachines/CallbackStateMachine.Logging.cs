using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Observability;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Callback.Sagas.StateMachines;

/// <summary>
/// What the session logs of its own, besides history: the moments an operator looks for (a session taken on, a call
/// placed), with the customer number masked (<see cref="PhoneNumberMask"/>), since logs leave the database's protection.
/// </summary>
public partial class CallbackStateMachine
{
    void LogAccepted(BehaviorContext<CallbackSession, CallbackRequested> c) =>
        SessionAccepted(_logger, c.Saga.CorrelationId, c.Saga.ServiceName, PhoneNumberMask.Mask(c.Saga.CustomerNumber), c.Saga.DesiredTime);

    void LogDial<T>(BehaviorContext<CallbackSession, T> c)
        where T : class =>
        DialingCustomer(_logger, c.Saga.CorrelationId, PhoneNumberMask.Mask(c.Saga.CustomerNumber), c.Saga.DialAttempts, c.Saga.Options.MaxDialAttempts);

    [LoggerMessage(LogLevel.Information, "Session {SessionId} of {Service} for {CustomerNumber} accepted, desired time {DesiredTime}")]
    static partial void SessionAccepted(ILogger logger, Guid sessionId, string service, string customerNumber, DateTimeOffset? desiredTime);

    [LoggerMessage(LogLevel.Information, "Session {SessionId} dials {CustomerNumber}, attempt {Attempt} of {MaxAttempts}")]
    static partial void DialingCustomer(ILogger logger, Guid sessionId, string customerNumber, int attempt, int maxAttempts);
}

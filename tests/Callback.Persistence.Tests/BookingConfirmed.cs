namespace Callback.Persistence.Tests;

/// <summary>The message the bus outbox specs publish with a booking; <see cref="BookingConfirmedConsumer"/> receives it.</summary>
public sealed record BookingConfirmed(Guid SessionId);

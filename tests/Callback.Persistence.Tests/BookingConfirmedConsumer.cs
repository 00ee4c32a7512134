using MassTransit;

namespace Callback.Persistence.Tests;

/// <summary>Receives what the bus outbox delivered, so the harness's <c>Consumed</c> shows it.</summary>
public sealed class BookingConfirmedConsumer :
    IConsumer<BookingConfirmed>
{
    public Task Consume(ConsumeContext<BookingConfirmed> context) => Task.CompletedTask;
}

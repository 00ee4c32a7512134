using MassTransit;

namespace Callback.Scheduling.Tests;

/// <summary>The destination of the scheduled appointments: records each one with the clock's time.</summary>
public sealed class AppointmentConsumer(Arrivals arrivals, TimeProvider time) :
    IConsumer<Appointment>
{
    public Task Consume(ConsumeContext<Appointment> context)
    {
        arrivals.Add(Arrival.Of(context, time.GetUtcNow()));
        return Task.CompletedTask;
    }
}

using MassTransit;

namespace Callback.Scheduling.Tests;

public class Scheduled_send_Specs
{
    [Fact]
    public async Task A_scheduled_message_arrives_at_its_time_with_the_body_ids_and_headers_it_was_sent_with()
    {
        await using var host = await SchedulerTestHost.StartAsync();
        var appointment = new Appointment(NewId.NextGuid(), "Dentist, Thursday at ten");
        var (messageId, correlationId, conversationId, initiatorId) = (NewId.NextGuid(), NewId.NextGuid(), NewId.NextGuid(), NewId.NextGuid());
        var at = host.Now.AddMinutes(10);

        var scheduled = await host.Schedule(appointment, at, c =>
        {
            c.MessageId = messageId;
            c.CorrelationId = correlationId;
            c.ConversationId = conversationId;
            c.InitiatorId = initiatorId;
            c.ResponseAddress = new Uri("queue:appointment-replies");
            c.FaultAddress = new Uri("queue:appointment-faults");
            c.Headers.Set("X-Clinic", "north");
        });
        await host.Scheduled(scheduled.TokenId, at);

        host.AdvanceTo(at);
        var arrival = await host.Arrived(appointment.AppointmentId);

        Assert.Equal(appointment, arrival.Message);
        Assert.Equal(at, arrival.At);
        Assert.Equal(messageId, arrival.MessageId);
        Assert.Equal(correlationId, arrival.CorrelationId);
        Assert.Equal(conversationId, arrival.ConversationId);
        Assert.Equal(initiatorId, arrival.InitiatorId);
        Assert.Equal("appointment-replies", arrival.ResponseAddress?.AbsolutePath.Split('/').Last());
        Assert.Equal("appointment-faults", arrival.FaultAddress?.AbsolutePath.Split('/').Last());
        Assert.Equal("north", arrival.Headers["X-Clinic"]);
        Assert.Equal(scheduled.TokenId, arrival.TokenId);
    }

    [Fact]
    public async Task Nothing_arrives_before_the_scheduled_time()
    {
        await using var host = await SchedulerTestHost.StartAsync();
        var appointment = new Appointment(NewId.NextGuid(), "Dentist, Thursday at ten");
        var at = host.Now.AddMinutes(10);
        await host.Schedule(appointment, at);
        await host.Scheduled(appointment.AppointmentId, at);

        host.AdvanceTo(at.AddSeconds(-5));
        await host.FireEverythingDue();

        Assert.Empty(host.ArrivalsOf(appointment.AppointmentId));
        await host.Scheduled(appointment.AppointmentId, at);
    }
}

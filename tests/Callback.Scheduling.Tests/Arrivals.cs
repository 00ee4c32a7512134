using System.Collections.Concurrent;

namespace Callback.Scheduling.Tests;

public sealed class Arrivals
{
    readonly ConcurrentQueue<Arrival> _arrivals = new();

    public void Add(Arrival arrival) => _arrivals.Enqueue(arrival);

    public IReadOnlyList<Arrival> Of(Guid appointmentId) => _arrivals.Where(a => a.Message.AppointmentId == appointmentId).ToList();
}

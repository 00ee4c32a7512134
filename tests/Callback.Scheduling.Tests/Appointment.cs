namespace Callback.Scheduling.Tests;

/// <summary>
/// The message the tests schedule. Its id is its scheduling token (see <see cref="SchedulerTestHost"/>), as a request
/// timeout's request id is, so scheduling the same appointment again reuses the token.
/// </summary>
public sealed record Appointment(Guid AppointmentId, string Text);

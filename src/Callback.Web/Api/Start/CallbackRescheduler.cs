using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Options;
using Callback.Sagas.Persistence.Bookings;
using Callback.Sagas.Persistence.Outbox;
using Callback.Sagas.StateMachines;
using Callback.Web.Api.Availability;
using Callback.Web.Api.Errors;
using Callback.Web.Api.Management;
using Callback.Web.Availability;
using Callback.Web.Calendars;

namespace Callback.Web.Api.Start;

/// <summary>
/// Moves a scheduled callback as GMS's PUT does: the new time (<c>_new_desired_time</c>, or <c>_desired_time</c> as
/// GMS's QA helper sends it) under the same rules as a start, its place moved to the new slot and
/// <see cref="RescheduleRequested"/> stored in one transaction; keys without an underscore update the user data (an
/// empty value removes the key). Only a callback that has not started can move.
/// </summary>
public sealed class CallbackRescheduler(
    ServiceOptionsReader services,
    OfficeHoursCatalog officeHours,
    SlotAvailability availability,
    SlotBookings bookings,
    CallbackUnitOfWork work,
    SlotProposals proposals,
    TimeProvider time)
{
    public async Task<IResult> Reschedule(string serviceName, string id, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var text = values.GetValueOrDefault(RequestKeys.NewDesiredTime) ?? values.GetValueOrDefault(RequestKeys.DesiredTime);
        if (string.IsNullOrWhiteSpace(text))
            return GmsResults.BadRequest(GmsExceptions.NotFound, $"Parameter {RequestKeys.NewDesiredTime} is missing.");
        if (GmsTime.Parse(text, TimeZoneInfo.Utc) is not { } desired)
            return DesiredTimeRules.Unreadable(text);

        await work.BeginAsync(cancellationToken);
        if (await SessionLookup.Find(work.Db, id, serviceName, cancellationToken) is not { } session)
            return SessionLookup.Unknown(id, serviceName);
        if (SessionLookup.IsCompleted(session))
            return SessionLookup.AlreadyCompleted(session);

        var now = time.GetUtcNow();
        if (session.CurrentState is not (nameof(CallbackStateMachine.Scheduled) or GmsCallbackState.Initial))
        {
            return GmsResults.BadRequest(GmsExceptions.NotFound,
                $"Callback {id} is {GmsCallbackState.Of(session, now)}: only a callback that has not started can be rescheduled.");
        }

        var configured = services.Read(session.ServiceName);
        if (!configured.Succeeded)
            return GmsResults.BadRequest(GmsExceptions.NotFound, configured.Errors[0].Message);
        var service = configured.Value;

        if (DesiredTimeRules.Check(service, desired, now, officeHours) is { } refusal)
            return await proposals.Refuse(service, refusal, desired, now, cancellationToken);

        var slot = availability.SlotOf(service, desired);
        var moved = await bookings.TryMove(work.Db, session.CorrelationId, slot, service.MaxRequestsByTimeBucket, cancellationToken);
        if (moved == SlotBookingResult.NotBooked)
            moved = await bookings.TryBook(work.Db, session.ServiceName, slot, service.MaxRequestsByTimeBucket, session.CorrelationId, cancellationToken);
        if (moved == SlotBookingResult.Full)
        {
            return await proposals.Refuse(service, new DesiredTimeRefusal($"No capacity left at desired time {GmsTime.Utc(desired)}.", ProposeSlots: true),
                desired, now, cancellationToken);
        }

        await work.Publish(new RescheduleRequested
        {
            SessionId = session.CorrelationId,
            DesiredTime = desired,
            UserData = values.Where(v => !v.Key.StartsWith('_')).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal),
            RequestedAt = now,
        }, cancellationToken);
        await work.CommitAsync(cancellationToken);

        return Results.Json(new CallbackIdAnswer(session.CorrelationId.ToString()));
    }
}

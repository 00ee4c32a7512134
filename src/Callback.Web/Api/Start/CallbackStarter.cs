using Callback.Sagas.Contracts.Push;
using Callback.Sagas.Contracts.Requests;
using Callback.Sagas.Options;
using Callback.Sagas.StateMachines;
using Callback.Sagas.Persistence.Bookings;
using Callback.Sagas.Persistence.Outbox;
using Callback.Web.Admission;
using Callback.Web.Api.Availability;
using Callback.Web.Api.Errors;
using Callback.Web.Availability;
using Callback.Web.Calendars;
using Callback.Web.PhoneNumbers;

namespace Callback.Web.Api.Start;

/// <summary>
/// Starts a callback as GMS does: the service's options merged with the request's, every check with GMS's error, then
/// the slot of a scheduled callback booked and <see cref="CallbackRequested"/> stored in one transaction (the bus
/// outbox sends it after the commit), so a booking never exists without its session, nor a session without its booking.
/// </summary>
public sealed class CallbackStarter(
    ServiceOptionsReader services,
    OfficeHoursCatalog officeHours,
    SlotAvailability availability,
    SlotBookings bookings,
    CallbackAdmission admission,
    CallbackUnitOfWork work,
    SlotProposals proposals,
    TimeProvider time)
{
    public async Task<IResult> Start(string serviceName, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var configured = services.Read(serviceName);
        if (!configured.Succeeded)
            return GmsResults.BadRequest(GmsExceptions.NotFound, configured.Errors[0].Message);

        var merged = ServiceRequestMerger.Merge(configured.Value, values);
        if (!merged.Succeeded)
            return GmsResults.BadRequest(GmsExceptions.NotFound, string.Join("; ", merged.Errors.Select(e => e.Message)));

        var request = merged.Value;
        var service = request.Options;
        // The operator's configuration is at fault, not the request: answered as the availability endpoints do.
        if (officeHours.ProblemOf(service) is { } problem)
            return GmsResults.Error(StatusCodes.Status500InternalServerError, GmsExceptions.Resource, problem);

        if (service.MandatoryCustomerLookupKeys.FirstOrDefault(key => string.IsNullOrWhiteSpace(values.GetValueOrDefault(key))) is { } missing)
        {
            return GmsResults.BadRequest(GmsExceptions.NotFound,
                $"Mandatory parameter {missing} is missing. Check option {OptionNames.MandatoryCustomerLookupKeys}");
        }

        var customerNumber = values.GetValueOrDefault(RequestKeys.CustomerNumber, "").Trim();
        if (CustomerNumberCheck.Refusal(service, customerNumber) is { } numberRefusal)
            return GmsResults.BadRequest(GmsExceptions.Number, numberRefusal);

        var now = time.GetUtcNow();
        DateTimeOffset? desired = null;
        if (request.RequestValues.TryGetValue(RequestKeys.DesiredTime, out var desiredText) && !string.IsNullOrWhiteSpace(desiredText))
        {
            if (GmsTime.Parse(desiredText, TimeZoneInfo.Utc) is not { } parsed)
                return DesiredTimeRules.Unreadable(desiredText);
            desired = parsed;
            if (DesiredTimeRules.Check(service, parsed, now, officeHours) is { } refusal)
                return await Refused(service, refusal, parsed, now, cancellationToken);
        }

        // Admission counts on the unit of work's connection: a start holds one pooled connection, not two in turn.
        await work.BeginAsync(cancellationToken);
        if (await admission.Check(work.Db, service, customerNumber, desired, cancellationToken) is { } limit)
            return GmsResults.ServiceUnavailable(limit.Message);

        var sessionId = Guid.NewGuid();
        if (desired is { } slotTime)
        {
            var booked = await bookings.TryBook(work.Db, service.ServiceName, availability.SlotOf(service, slotTime), service.MaxRequestsByTimeBucket, sessionId,
                cancellationToken);
            if (booked != SlotBookingResult.Booked)
                return await Refused(service, new DesiredTimeRefusal($"No capacity left at desired time {GmsTime.Utc(slotTime)}.", ProposeSlots: true), slotTime, now,
                    cancellationToken);
        }

        var requested = new CallbackRequested
        {
            SessionId = sessionId,
            ServiceName = service.ServiceName,
            CustomerNumber = customerNumber,
            DesiredTime = desired,
            RequestedAt = now,
            Options = service.ToSessionOptions(),
            UserData = request.UserData,
            DeviceOs = request.RequestValues.GetValueOrDefault(RequestKeys.DeviceOs),
            DeviceNotificationId = request.RequestValues.GetValueOrDefault(RequestKeys.DeviceNotificationId),
        };

        // The session exists from the answer on, so a client may query, move or cancel it at once: stored here as the
        // saga will find it (Initial), which then takes the request on this very instance.
        work.Db.Sessions.Add(SessionOf(requested));
        await work.Publish(requested, cancellationToken);
        await work.CommitAsync(cancellationToken);

        // An immediate callback that neither waits for an agent nor for the customer answers with the dialog itself.
        return desired is null && !service.WaitForAgent && !service.WaitForUserConfirm
            ? Results.Json(new CallbackDialog { Id = sessionId.ToString(), Text = service.CallShortlyText, OkTitle = service.OkTitle })
            : Results.Json(new CallbackIdAnswer(sessionId.ToString()));
    }

    Task<IResult> Refused(ServiceOptions service, DesiredTimeRefusal refusal, DateTimeOffset desired, DateTimeOffset now, CancellationToken cancellationToken) =>
        proposals.Refuse(service, refusal, desired, now, cancellationToken);

    static CallbackSession SessionOf(CallbackRequested request) => new()
    {
        CorrelationId = request.SessionId,
        CurrentState = GmsCallbackState.Initial,
        ServiceName = request.ServiceName,
        CustomerNumber = request.CustomerNumber,
        DesiredTime = request.DesiredTime,
        CreatedAt = request.RequestedAt,
        ExpirationTime = (request.DesiredTime ?? request.RequestedAt) + request.Options.Ttl,
        Options = request.Options,
        UserData = new Dictionary<string, string>(request.UserData),
        DeviceOs = request.DeviceOs,
        DeviceNotificationId = request.DeviceNotificationId,
    };
}

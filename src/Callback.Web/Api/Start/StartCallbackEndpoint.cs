using Callback.Sagas.Contracts.Push;
using Callback.Web.Api.Errors;
using Callback.Web.Api.OpenApi;
using Callback.Web.Api.Requests;

namespace Callback.Web.Api.Start;

/// <summary>
/// <c>POST /genesys/1/service/callback/{service}</c> starts a callback, <c>PUT /genesys/1/service/callback/{service}/{id}</c>
/// moves it (bodies in multipart/form-data, urlencoded or JSON).
/// </summary>
public static class StartCallbackEndpoint
{
    public static IServiceCollection AddCallbackStart(this IServiceCollection services) =>
        services.AddScoped<CallbackStarter>().AddScoped<CallbackRescheduler>().AddSingleton<SlotProposals>().AddBookingConcurrency();

    public static IEndpointRouteBuilder MapCallbackStart(this IEndpointRouteBuilder genesys)
    {
        genesys.MapPost("/1/service/callback/{service}", Start).WithName("StartCallback")
            .RequireRateLimiting(BookingConcurrency.Policy)
            .WithTags(ApiTags.Callbacks)
            .WithSummary("Start a callback")
            .WithDescription("Scheduled with a _desired_time (its slot is booked with the session, in one transaction), else immediate. "
                + "Answers the callback's id; an immediate callback that waits neither for an agent nor for the customer answers the dialog itself.")
            .AcceptsGmsBody(GmsSchemas.CallbackRequest, "The request, in any of the three encodings; multipart/form-data is the seed's.")
            .ProducesEither<CallbackIdAnswer, CallbackDialog>(
                "The callback's id, or for an immediate callback waiting for no one, the dialog that says the call is coming.")
            .ProducesGmsError(StatusCodes.Status400BadRequest,
                "In the order checked: the body does not read (GSGException); the service is unknown, or an option is not overridable or invalid, "
                + "or a _mandatory_customer_lookup_keys key is missing (CallbackExceptionNotFound); the number is impossible or premium "
                + "(CallbackExceptionNumber); the desired time does not read, is past or too far ahead, the office is closed or the slot full "
                + "(CallbackExceptionAvailability, with availability: free slots within 5 hours).")
            .ProducesGmsError(StatusCodes.Status500InternalServerError, "The service's office hours are missing or do not read (CallbackExceptionResource).")
            .ProducesGmsError(StatusCodes.Status503ServiceUnavailable,
                "A limit is reached: _max_queued_callbacks_per_service, a _throttle_* rule, or _enable_in_queue_checking; or more "
                + "requests are being booked at once than Booking:MaxConcurrent and Booking:QueueLimit allow (CallbackExceptionServiceUnavailable).");

        genesys.MapPut("/1/service/callback/{service}/{id}", Reschedule).WithName("RescheduleCallback")
            .RequireRateLimiting(BookingConcurrency.Policy)
            .WithTags(ApiTags.Callbacks)
            .WithSummary("Reschedule a callback")
            .WithDescription("Moves a callback that has not started to _new_desired_time, under the same rules as a start; its place moves "
                + "to the new slot. User-data keys update, an empty value removes the key.")
            .AcceptsGmsBody(GmsSchemas.RescheduleRequest, "The new time and user data, in any of the three encodings.")
            .Produces<CallbackIdAnswer>()
            .ProducesGmsError(StatusCodes.Status400BadRequest,
                "The body does not read (GSGException); no new desired time, the callback is completed or has started, or its service is no "
                + "longer configured (CallbackExceptionNotFound); the desired time does not read, is past or too far ahead, the office is closed "
                + "or the slot full (CallbackExceptionAvailability, with availability where other slots are free).")
            .ProducesGmsError(StatusCodes.Status404NotFound, "No callback with this id in this service (CallbackExceptionNotFound).")
            .ProducesGmsError(StatusCodes.Status503ServiceUnavailable,
                "More requests are being booked at once than Booking:MaxConcurrent and Booking:QueueLimit allow (CallbackExceptionServiceUnavailable).");

        return genesys;
    }

    static async Task<IResult> Start(string service, HttpRequest request, CallbackStarter starter, CancellationToken cancellationToken)
    {
        var body = await RequestValues.Read(request, cancellationToken);
        return body.Error is { } error
            ? GmsResults.BadRequest(GmsExceptions.General, error)
            : await starter.Start(service, body.Values, cancellationToken);
    }

    static async Task<IResult> Reschedule(string service, string id, HttpRequest request, CallbackRescheduler rescheduler, CancellationToken cancellationToken)
    {
        var body = await RequestValues.Read(request, cancellationToken);
        return body.Error is { } error
            ? GmsResults.BadRequest(GmsExceptions.General, error)
            : await rescheduler.Reschedule(service, id, body.Values, cancellationToken);
    }
}

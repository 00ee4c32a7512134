using Callback.Sagas.Options;
using Callback.Web.Api.Availability;
using Callback.Web.Api.Errors;
using Callback.Web.Availability;

namespace Callback.Web.Api.Start;

/// <summary>The GMS answer to a refused desired time: <c>CallbackExceptionAvailability</c>, with free slots around it where that helps.</summary>
public sealed class SlotProposals(SlotAvailability availability)
{
    /// <summary>How far around a refused desired time the error proposes free slots, as GMS's sample app asks.</summary>
    static readonly TimeSpan Reach = TimeSpan.FromHours(5);

    const int MaxSlots = 20;

    public async Task<IResult> Refuse(ServiceOptions service, DesiredTimeRefusal refusal, DateTimeOffset desired, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!refusal.ProposeSlots)
            return GmsResults.BadRequest(GmsExceptions.Availability, refusal.Message);

        var from = desired - Reach < now ? now : desired - Reach;
        var slots = await availability.Slots(service, from, desired + Reach, MaxSlots, includeFull: false, cancellationToken);
        return GmsResults.BadRequest(GmsExceptions.Availability, refusal.Message, slots.ToDictionary(s => GmsTime.Utc(s.Start), s => s.Capacity));
    }
}

namespace Callback.Web.Api.Start;

/// <summary>Why a desired time is refused, and whether the answer proposes other slots (office closed, slot full).</summary>
public sealed record DesiredTimeRefusal(string Message, bool ProposeSlots);

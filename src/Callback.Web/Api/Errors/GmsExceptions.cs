namespace Callback.Web.Api.Errors;

/// <summary>The exception class names GMS answers with; clients match them (often by their last segment), so they are kept verbatim.</summary>
public static class GmsExceptions
{
    const string Callback = "com.genesyslab.gsg.services.callback.exceptions.";

    /// <summary>A customer number that is impossible, premium, or cannot be checked.</summary>
    public const string Number = Callback + "CallbackExceptionNumber";

    /// <summary>An unknown service or session, or a missing or invalid option.</summary>
    public const string NotFound = Callback + "CallbackExceptionNotFound";

    /// <summary>A limit reached: queued callbacks, throttling.</summary>
    public const string ServiceUnavailable = Callback + "CallbackExceptionServiceUnavailable";

    /// <summary>A desired time refused: office closed, slot full, in the past or too far ahead.</summary>
    public const string Availability = Callback + "CallbackExceptionAvailability";

    /// <summary>A service or its office hours not configured.</summary>
    public const string Resource = Callback + "CallbackExceptionResource";

    /// <summary>GMS's general exception: bad input outside the callback service (phone number lookup, unreadable bodies).</summary>
    public const string General = "com.genesyslab.gsg.GSGException";
}

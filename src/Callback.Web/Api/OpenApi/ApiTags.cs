namespace Callback.Web.Api.OpenApi;

/// <summary>The areas of the GMS API, as the OpenAPI document groups its operations.</summary>
public static class ApiTags
{
    public const string Availability = "Availability";
    public const string Callbacks = "Callbacks";
    public const string Device = "Device";
    public const string Admin = "Admin";
    public const string Calendar = "Calendar";
    public const string PhoneNumbers = "Phone numbers";

    /// <summary>Each tag with the line a reader of the document sees above its operations, in the document's order.</summary>
    public static readonly IReadOnlyList<(string Name, string Description)> All =
    [
        (Availability, "Free places in a service's slots: its office hours cut into buckets of _request_time_bucket minutes."),
        (Callbacks, "Starting, rescheduling, querying and cancelling callbacks."),
        (Device, "What a customer's device calls about its own session, by the session id alone."),
        (Admin, "The queues, their watermarks and cancelling in bulk; behind HTTP Basic credentials when Admin:Username and Admin:Password are set."),
        (Calendar, "GMS's calendar service: when an office-hours service is open."),
        (PhoneNumbers, "GMS's phone number lookup."),
    ];
}

using System.Text.Json.Nodes;
using Callback.Sagas.Options;
using Callback.Sagas.StateMachines;
using Callback.Web.Api.Management;
using Microsoft.OpenApi;

namespace Callback.Web.Api.OpenApi;

/// <summary>
/// The schemas of what the GMS endpoints read and write as open key/value maps (request bodies, callback records), for
/// which no C# type exists to generate them from: written here once, registered as components of the document, and
/// referenced by the operations that use them.
/// </summary>
public static class GmsSchemas
{
    public const string CallbackRequest = nameof(CallbackRequest);
    public const string RescheduleRequest = nameof(RescheduleRequest);
    public const string CallbackRecord = nameof(CallbackRecord);

    const string IsoExample = "ISO 8601 UTC, e.g. 2026-11-30T15:00:00.000Z";

    /// <summary>The three encodings <see cref="Requests.RequestValues"/> reads a GMS body in.</summary>
    public static readonly IReadOnlyList<string> BodyContentTypes = ["multipart/form-data", "application/x-www-form-urlencoded", "application/json"];

    public static void AddTo(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[CallbackRequest] = CallbackRequestSchema();
        document.Components.Schemas[RescheduleRequest] = RescheduleRequestSchema();
        document.Components.Schemas[CallbackRecord] = CallbackRecordSchema();
    }

    public static OpenApiSchemaReference Reference(string id, OpenApiDocument? document) => new(id, document);

    /// <summary>The answer of the queries: records, oldest first.</summary>
    public static OpenApiSchema Records(OpenApiDocument? document) =>
        new() { Type = JsonSchemaType.Array, Items = Reference(CallbackRecord, document) };

    /// <summary>The answer of the admin queues: each service's records, soonest first.</summary>
    public static OpenApiSchema RecordsByService(OpenApiDocument? document) =>
        new() { Type = JsonSchemaType.Object, AdditionalProperties = Records(document) };

    static OpenApiSchema CallbackRequestSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "Keys starting with _ are request values or options (only those in the service's _overwritable_options may differ from "
            + "its configuration); other keys are user data. In JSON, numbers and booleans are taken as their text.",
        Required = new HashSet<string> { RequestKeys.CustomerNumber },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            [RequestKeys.CustomerNumber] = Text($"The number to call. Required by default ({OptionNames.MandatoryCustomerLookupKeys}), and checked as "
                + $"{OptionNames.DisallowImpossiblePhoneNumbers} and {OptionNames.DisallowPremiumPhoneNumbers} say."),
            [RequestKeys.DesiredTime] = Time($"When to call, which makes the callback scheduled: {IsoExample}. Without it the callback is immediate."),
            [RequestKeys.DeviceOs] = Text("The device's push channel; without it the customer is not notified."),
            [RequestKeys.DeviceNotificationId] = Text("The device's push token."),
            [RequestKeys.CallbackState] = Text("Sent by GMS's samples; accepted and not used."),
            [RequestKeys.ProvideCode] = Text("Sent by GMS's sample page; accepted and not used."),
            [OptionNames.CallDirection] = Text("The scenario; may repeat the service's configuration.", "USERTERMINATED", "USERORIGINATED"),
            [OptionNames.WaitForAgent] = Text("The scenario; may repeat the service's configuration.", "true", "false"),
            [OptionNames.WaitForUserConfirm] = Text("The scenario; may repeat the service's configuration.", "true", "false"),
            [OptionNames.MediaType] = Text("The scenario; may repeat the service's configuration.", "voice", "chat"),
        },
        AdditionalProperties = Text("User data (a key without a leading _), or an option of the service's _overwritable_options."),
    };

    static OpenApiSchema RescheduleRequestSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "The new time, and user data to update: a key without a leading _ sets its value, an empty value removes the key.",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            [RequestKeys.NewDesiredTime] = Time($"The new desired time: {IsoExample}."),
            [RequestKeys.DesiredTime] = Time($"Read when {RequestKeys.NewDesiredTime} is absent, as GMS's QA helper sends it."),
            [RequestKeys.CustomerNumber] = Text("Sent by GMS's QA helper; not used: the callback keeps its number."),
        },
        // One of the two times must be there; OpenAPI says so as "either property required".
        AnyOf =
        [
            new OpenApiSchema { Required = new HashSet<string> { RequestKeys.NewDesiredTime } },
            new OpenApiSchema { Required = new HashSet<string> { RequestKeys.DesiredTime } },
        ],
        AdditionalProperties = Text("User data to update; an empty value removes the key."),
    };

    static OpenApiSchema CallbackRecordSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "A callback as GMS shows it: every value is text, and the user data follow the record keys as plain keys.",
        Required = new HashSet<string>
        {
            Management.CallbackRecord.Id, Management.CallbackRecord.DesiredTime, Management.CallbackRecord.ServiceName, Management.CallbackRecord.State,
            Management.CallbackRecord.CustomerNumber, Management.CallbackRecord.ExpirationTime, Management.CallbackRecord.Url,
        },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            [Management.CallbackRecord.Id] = Text("The callback's id."),
            [Management.CallbackRecord.DesiredTime] = Time("When the callback is wanted; for an immediate one, when it was asked for."),
            [Management.CallbackRecord.ServiceName] = Text("The service that holds it."),
            [Management.CallbackRecord.State] = Text("GMS's state: a scheduled callback reads QUEUED once its execution window opens.", [.. GmsCallbackState.All]),
            [Management.CallbackRecord.Reason] = Text("Why it completed (CANCELLED, ...); there once it has."),
            [Management.CallbackRecord.CustomerNumber] = Text("The number called."),
            [Management.CallbackRecord.ExpirationTime] = Time("When it expires if not done."),
            [Management.CallbackRecord.Url] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri", Description = "Where it lives: DELETE it to cancel, PUT it to reschedule." },
        },
        AdditionalProperties = Text("User data."),
    };

    static OpenApiSchema Text(string description, params string[] values) => new()
    {
        Type = JsonSchemaType.String,
        Description = description,
        Enum = values.Length == 0 ? null : [.. values.Select(v => (JsonNode)v)],
    };

    static OpenApiSchema Time(string description) => new() { Type = JsonSchemaType.String, Format = "date-time", Description = description };
}

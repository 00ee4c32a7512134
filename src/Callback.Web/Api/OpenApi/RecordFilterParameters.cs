using Callback.Sagas.StateMachines;
using Callback.Web.Api.Management;

namespace Callback.Web.Api.OpenApi;

/// <summary>
/// The filters the callback queries and the admin queues read from their query string (<see cref="RecordQuery"/>): any
/// key of the record, a user-data key as well as the record keys; <c>key=!value</c> matches records that do not read
/// value, those without the key included; a key given twice gives two conditions.
/// </summary>
public static class RecordFilterParameters
{
    const string Negation = " A leading ! negates: the records that do not read it, those without the key included.";

    public static readonly IReadOnlyList<QueryParameter> Keys =
    [
        QueryParameter.Repeatable(CallbackRecord.Id, "The callback's id; several, with operand=OR." + Negation),
        QueryParameter.Repeatable(CallbackRecord.CustomerNumber, "The number called." + Negation),
        QueryParameter.Repeatable(CallbackRecord.State, $"GMS's state: {string.Join(", ", GmsCallbackState.All)}." + Negation),
        QueryParameter.Repeatable(CallbackRecord.Reason, "Why it completed (CANCELLED, ...)." + Negation),
        QueryParameter.Repeatable(CallbackRecord.ServiceName, "The service that holds it." + Negation),
        QueryParameter.Repeatable(CallbackRecord.DesiredTime, "The desired time, as the record writes it." + Negation),
        QueryParameter.AnyKeys("userData", "Any other key: a user-data key of the record (e.g. first_name=John)." + Negation),
    ];

    public static readonly QueryParameter Operand = QueryParameter.OneOf(RecordQuery.OperandKey,
        "How the keys combine: AND, every one holds; OR, any one does.", ["AND", "OR"], "AND");

    /// <summary>The query's parameters: the keys, and how they combine.</summary>
    public static IReadOnlyList<QueryParameter> WithOperand { get; } = [.. Keys, Operand];
}

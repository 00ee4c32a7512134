using System.Text.Json.Serialization;

namespace Callback.Sagas.Contracts.Sip;

/// <summary>Why an outbound call did not reach the customer.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CallFailureReason>))]
public enum CallFailureReason
{
    Busy,
    NoAnswer,
    Rejected,
    NetworkError,
}

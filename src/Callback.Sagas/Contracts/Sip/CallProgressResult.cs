using System.Text.Json.Serialization;

namespace Callback.Sagas.Contracts.Sip;

/// <summary>What call-progress detection heard when the call was answered.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CallProgressResult>))]
public enum CallProgressResult
{
    Human,
    AnsweringMachine,
    Fax,

    /// <summary>Detection was off or undecided: treated as a person, who may simply have said nothing.</summary>
    Unknown,
}

namespace Callback.Sagas.Contracts.Requests;

/// <summary>The texts of the dialogs a session pushes to the customer's device.</summary>
public record DialogTexts
{
    /// <summary><c>_agent_available_text</c> (our extension): the push asking the customer to confirm.</summary>
    public string AgentAvailable { get; init; } = "An agent is available. Press Ok to receive the call now.";

    /// <summary><c>_call_shortly_text</c> (our extension): the answer to a connect request and the immediate start.</summary>
    public string CallShortly { get; init; } = "You will receive the call shortly";

    /// <summary><c>_ok_title</c>.</summary>
    public string OkTitle { get; init; } = "Ok";
}

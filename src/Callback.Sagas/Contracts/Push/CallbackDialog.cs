using System.Text.Json.Serialization;

namespace Callback.Sagas.Contracts.Push;

/// <summary>
/// The dialog a device receives, in GMS's own JSON (snake_case keys), e.g.
/// <c>{"_id": "...", "_action": "ConfirmationDialog", "_dialog_id": "0", "_text": "...", "_ok_title": "Ok"}</c>.
/// </summary>
public record CallbackDialog
{
    [JsonPropertyName("_id")]
    public required string Id { get; init; }

    [JsonPropertyName("_action")]
    public string Action { get; init; } = "ConfirmationDialog";

    [JsonPropertyName("_dialog_id")]
    public string DialogId { get; init; } = "0";

    [JsonPropertyName("_text")]
    public required string Text { get; init; }

    [JsonPropertyName("_ok_title")]
    public required string OkTitle { get; init; }
}

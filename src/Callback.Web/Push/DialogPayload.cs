using System.Text.Json;
using Callback.Sagas.Contracts.Push;

namespace Callback.Web.Push;

/// <summary>
/// The dialog as a device receives it, on either channel: <see cref="CallbackDialog"/> in its own GMS JSON names
/// (<c>_id</c>, <c>_action</c>, <c>_dialog_id</c>, <c>_text</c>, <c>_ok_title</c>), which its attributes carry.
/// </summary>
public static class DialogPayload
{
    public static JsonElement Element(CallbackDialog dialog) => JsonSerializer.SerializeToElement(dialog);

    public static string Json(CallbackDialog dialog) => JsonSerializer.Serialize(dialog);

    /// <summary>How the history names the push: the session may push its dialog more than once.</summary>
    public static string Name(UserNotificationRequested push) => $"dialog {push.Attempt}";
}

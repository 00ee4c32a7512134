namespace Callback.Web.Push;

/// <summary>What became of one POST: <paramref name="Description"/> is what the history shows (<c>HTTP 200</c>, <c>HTTP 503</c>, an error).</summary>
/// <param name="Retryable">False when trying again cannot help: there is no valid URL to POST to.</param>
public sealed record HttpCallbackResult(bool Delivered, string Description, bool Retryable = true)
{
    public static HttpCallbackResult Success(string description) => new(true, description);

    public static HttpCallbackResult Failure(string description) => new(false, description);

    public static HttpCallbackResult Unsendable(string description) => new(false, description, Retryable: false);
}

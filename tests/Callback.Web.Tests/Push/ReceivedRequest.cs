namespace Callback.Web.Tests.Push;

/// <summary>A POST the <see cref="HttpReceiver"/> took, and the status it answered with.</summary>
public sealed record ReceivedRequest(string Path, string? ContentType, string Body, int AnsweredWith);

using System.Text.Json;

namespace Callback.Web.Tests.Push;

/// <summary>What the web tier handed the CometD server: the channel and the data, as published.</summary>
public sealed record CometPublication(string Channel, JsonElement Data);

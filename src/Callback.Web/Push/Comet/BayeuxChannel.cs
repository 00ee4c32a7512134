namespace Callback.Web.Push.Comet;

/// <summary>
/// Bayeux channel names: <c>/meta/**</c> for the protocol, <c>/service/**</c> for client-to-server requests that are
/// never broadcast, everything else a broadcast channel. A subscription may end in <c>*</c> (one more segment) or
/// <c>**</c> (one or more segments); a wildcard anywhere else is not a wildcard Bayeux knows, so it is refused.
/// </summary>
public static class BayeuxChannel
{
    public const string Handshake = "/meta/handshake";
    public const string Connect = "/meta/connect";
    public const string Subscribe = "/meta/subscribe";
    public const string Unsubscribe = "/meta/unsubscribe";
    public const string Disconnect = "/meta/disconnect";

    /// <summary>The namespace the service delivers device pushes in, <c>/_genesys/callback/{id}</c> among them.</summary>
    public const string GenesysRoot = "/_genesys";

    public static string Callback(string id) => $"{GenesysRoot}/callback/{id}";

    /// <summary>
    /// An absolute name of non-empty segments (the characters the CometD client accepts), where <c>*</c> or <c>**</c>
    /// may only be the whole last segment.
    /// </summary>
    public static bool IsValid(string? channel)
    {
        if (string.IsNullOrEmpty(channel) || channel.Length < 2 || channel[0] != '/' || channel[^1] == '/')
            return false;
        var segments = channel[1..].Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.Length == 0)
                return false;
            if (segment is "*" or "**")
            {
                if (i != segments.Length - 1)
                    return false;
                continue;
            }
            foreach (var c in segment)
                if (!char.IsAsciiLetterOrDigit(c) && !" !#$()+-.@_{}~".Contains(c))
                    return false;
        }
        return true;
    }

    public static bool IsWildcard(string channel) => channel.EndsWith("/*", StringComparison.Ordinal) || channel.EndsWith("/**", StringComparison.Ordinal);

    public static bool IsMeta(string channel) => channel == "/meta" || channel.StartsWith("/meta/", StringComparison.Ordinal);

    public static bool IsService(string channel) => channel == "/service" || channel.StartsWith("/service/", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="channel"/> (itself a name or a wildcard) lies in or reaches into the service's push namespace.</summary>
    public static bool ReachesGenesys(string channel)
    {
        if (channel == GenesysRoot || channel.StartsWith(GenesysRoot + "/", StringComparison.Ordinal))
            return true;
        // The root wildcards cover "/_genesys" itself ("/*") or everything below it too ("/**").
        return channel is "/*" or "/**";
    }

    /// <summary>
    /// Every subscription that receives what is published on <paramref name="channel"/>: the name itself, its parent
    /// with <c>*</c>, and each ancestor with <c>**</c>. For <c>/a/b</c>: <c>/a/b</c>, <c>/a/*</c>, <c>/a/**</c>, <c>/**</c>.
    /// </summary>
    public static IEnumerable<string> MatchingSubscriptions(string channel)
    {
        yield return channel;
        var cut = channel.LastIndexOf('/');
        yield return channel[..(cut + 1)] + "*";
        while (cut >= 0)
        {
            yield return channel[..(cut + 1)] + "**";
            cut = cut == 0 ? -1 : channel.LastIndexOf('/', cut - 1);
        }
    }

    /// <summary>Whether a message on <paramref name="channel"/> reaches a subscription to <paramref name="subscription"/>.</summary>
    public static bool Matches(string subscription, string channel) =>
        MatchingSubscriptions(channel).Contains(subscription, StringComparer.Ordinal);
}

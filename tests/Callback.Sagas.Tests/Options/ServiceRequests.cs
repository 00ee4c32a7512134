using Callback.Sagas.Options;

namespace Callback.Sagas.Tests.Options;

/// <summary>Services and requests as the merge tests need them, everything else left at its default.</summary>
static class ServiceRequests
{
    /// <summary>A user-terminated delayed scheduled service, as this project preconfigures <c>user-scheduled</c>.</summary>
    public static ServiceOptions UserScheduled(params string[] overwritable) => new()
    {
        ServiceName = "user-scheduled",
        Target = CallbackConfiguration.Target,
        CallDirection = CallDirection.UserTerminated,
        WaitForAgent = true,
        WaitForUserConfirm = true,
        OverwritableOptions = overwritable.ToHashSet(StringComparer.OrdinalIgnoreCase),
    };

    public static Dictionary<string, string> Request(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(pair => pair.Key, pair => pair.Value);

    public static MergedRequest MergeValid(ServiceOptions service, params (string Key, string Value)[] pairs)
    {
        var result = ServiceRequestMerger.Merge(service, Request(pairs));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Value;
    }

    public static OptionError MergeFailsOnce(ServiceOptions service, params (string Key, string Value)[] pairs)
    {
        var result = ServiceRequestMerger.Merge(service, Request(pairs));
        Assert.False(result.Succeeded);
        return Assert.Single(result.Errors);
    }
}

using System.Collections.Frozen;

namespace Callback.Sagas.Options;

/// <summary>
/// Applies a start request's keys to its service's options. Only the options listed in <c>_overwritable_options</c>
/// may be changed per request, as in GMS; keys without an underscore are user data and pass untouched.
/// </summary>
public static class ServiceRequestMerger
{
    const string RequestOrigin = "in the request";

    /// <summary>
    /// Keys that pick the scenario. GMS's own sample page sends them with every request, against a service configured
    /// for that very scenario, and GMS accepts it. So a request may repeat the configured value of one of these without
    /// the option being overridable; a different value is an override like any other. Other options get no such
    /// leniency: a client that sends them means to change them.
    /// </summary>
    static readonly FrozenSet<string> ScenarioKeys = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        OptionNames.CallDirection, OptionNames.WaitForAgent, OptionNames.WaitForUserConfirm, OptionNames.MediaType);

    /// <summary>
    /// The options the request runs with, and its keys sorted into user data, request values and pass-through keys.
    /// Fails with every error found: each refused or unreadable key, then what is wrong with the options as merged.
    /// </summary>
    public static OptionsResult<MergedRequest> Merge(ServiceOptions configured, IReadOnlyDictionary<string, string> request)
    {
        var options = configured;
        var errors = new List<OptionError>();
        var userData = new Dictionary<string, string>(StringComparer.Ordinal);
        var requestValues = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var passThrough = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var (key, value) in request)
        {
            if (!key.StartsWith('_'))
                userData[key] = value;
            else if (RequestKeys.All.Contains(key))
                requestValues[key] = value;
            else if (KnownOptions.ByName.TryGetValue(key, out var option))
                options = Override(configured, options, option, value, errors);
            else
                passThrough[key] = value;
        }

        errors.AddRange(ServiceOptionsValidator.Validate(options));

        if (errors.Count > 0)
            return new(errors);

        return new(new MergedRequest
        {
            Options = options,
            UserData = userData,
            RequestValues = requestValues,
            PassThrough = passThrough,
        });
    }

    /// <summary>
    /// <paramref name="options"/> with the request's value of <paramref name="option"/> applied when it may be;
    /// otherwise unchanged, with the reason added to <paramref name="errors"/>.
    /// </summary>
    static ServiceOptions Override(ServiceOptions configured, ServiceOptions options, KnownOption option, string value, List<OptionError> errors)
    {
        var service = configured.ServiceName;

        // As in configuration, an empty value is no value: the configured one stays.
        if (OptionText.Of(value) is not { } text)
            return options;

        var overridable = configured.OverwritableOptions.Contains(option.Name);
        if (!overridable && !ScenarioKeys.Contains(option.Name))
        {
            errors.Add(OptionError.NotOverwritable(service, option.Name));
            return options;
        }

        if (!option.TryApply(options, text, out var applied))
        {
            errors.Add(OptionError.InvalidValue(service, option.Name, text, option.Expected, RequestOrigin));
            return options;
        }

        if (!overridable && !option.SameValue(configured, applied))
        {
            errors.Add(OptionError.NotOverwritable(service, option.Name));
            return options;
        }

        return applied;
    }
}

namespace Callback.Web.Api.Requests;

/// <summary>The values of a request body, or why it could not be read (<see cref="Error"/>, for a 400 answer).</summary>
public sealed record RequestValuesResult(IReadOnlyDictionary<string, string> Values, string? Error)
{
    public static RequestValuesResult Of(IReadOnlyDictionary<string, string> values) => new(values, null);

    public static RequestValuesResult Refused(string error) => new(new Dictionary<string, string>(), error);
}

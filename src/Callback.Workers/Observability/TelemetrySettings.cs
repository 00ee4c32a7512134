using OpenTelemetry.Exporter;

namespace Callback.Workers.Observability;

/// <summary>
/// <c>Telemetry:*</c>: where OTLP goes (<c>Telemetry:Otlp:Endpoint</c>, <c>Telemetry:Otlp:Protocol</c> <c>grpc</c> or
/// <c>http/protobuf</c>; else OpenTelemetry's own <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, or no export) and how often the
/// sessions gauge may ask the database (<c>Telemetry:SessionCountInterval</c>, default 15 s).
/// </summary>
public sealed record TelemetrySettings
{
    public const string OtlpEndpointKey = "Telemetry:Otlp:Endpoint";
    public const string OtlpProtocolKey = "Telemetry:Otlp:Protocol";
    public const string SessionCountIntervalKey = "Telemetry:SessionCountInterval";

    /// <summary>The standard variable, which OpenTelemetry's exporter reads by itself (with the other <c>OTEL_EXPORTER_OTLP_*</c>).</summary>
    public const string StandardOtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The collector named in our configuration; null when only the standard variable, or nothing, names one.</summary>
    public Uri? OtlpEndpoint { get; init; }

    public OtlpExportProtocol OtlpProtocol { get; init; } = OtlpExportProtocol.Grpc;

    /// <summary>Whether traces, metrics and logs are exported over OTLP at all.</summary>
    public bool ExportsOtlp { get; init; }

    public TimeSpan SessionCountInterval { get; init; } = TimeSpan.FromSeconds(15);

    public static TelemetrySettings From(IConfiguration configuration)
    {
        var endpoint = configuration[OtlpEndpointKey];
        var protocol = configuration[OtlpProtocolKey];
        var interval = configuration[SessionCountIntervalKey];

        return new TelemetrySettings
        {
            OtlpEndpoint = string.IsNullOrWhiteSpace(endpoint) ? null : Absolute(endpoint),
            OtlpProtocol = string.IsNullOrWhiteSpace(protocol) ? OtlpExportProtocol.Grpc : Protocol(protocol),
            ExportsOtlp = !string.IsNullOrWhiteSpace(endpoint) || !string.IsNullOrWhiteSpace(configuration[StandardOtlpEndpointKey]),
            SessionCountInterval = string.IsNullOrWhiteSpace(interval) ? TimeSpan.FromSeconds(15) : Interval(interval),
        };
    }

    static Uri Absolute(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"{OtlpEndpointKey} is '{value}'; it must be an absolute URL, e.g. http://collector:4317.");

    static OtlpExportProtocol Protocol(string value) =>
        value.Trim().ToLowerInvariant() switch
        {
            "grpc" => OtlpExportProtocol.Grpc,
            "http/protobuf" or "httpprotobuf" => OtlpExportProtocol.HttpProtobuf,
            _ => throw new InvalidOperationException($"{OtlpProtocolKey} is '{value}'; it must be grpc or http/protobuf."),
        };

    static TimeSpan Interval(string value) =>
        TimeSpan.TryParse(value.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var interval) && interval >= TimeSpan.Zero
            ? interval
            : throw new InvalidOperationException($"{SessionCountIntervalKey} is '{value}'; it must be a duration such as 00:00:15.");
}

namespace Callback.Testing;

/// <summary>
/// The servers the integration tests run against, as <c>scripts/services.sh</c> starts them and <c>scripts/test.sh</c>
/// exports them. A missing server fails the test: an integration test that skips proves nothing.
/// </summary>
public static class TestServers
{
    public static Uri RabbitMq => new(Required("CALLBACK_TEST_RABBITMQ"));
    public static Uri RabbitMqManagement => new(Required("CALLBACK_TEST_RABBITMQ_MANAGEMENT"));
    public static string Postgres => Required("CALLBACK_TEST_POSTGRES");

    static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{variable} is not set. Run the tests with ./scripts/test.sh, or `eval \"$(./scripts/services.sh start)\"` first.");
}

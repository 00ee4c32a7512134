using Callback.Workers.Telephony;
using Microsoft.Extensions.Configuration;

namespace Callback.Workers.Tests.Hosting;

public class Telephony_mode_Specs
{
    [Theory]
    [InlineData(null, null, "Simulated")]
    [InlineData("InMemory", null, "Simulated")]
    [InlineData("RabbitMq", null, "External")]
    [InlineData("RabbitMq", "simulated", "Simulated")]
    [InlineData("InMemory", "External", "External")]
    public void Only_the_one_process_default_simulates_the_contact_center_unless_told_to(string? transport, string? mode, string expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Bus:Transport"] = transport, ["Telephony:Mode"] = mode })
            .Build();

        Assert.Equal(expected, TelephonyMode.Of(configuration));
    }
}

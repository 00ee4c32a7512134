using Callback.Sagas.Options;

namespace Callback.Sagas.Tests.Options;

public class When_the_requested_service_is_not_configured
{
    [Fact]
    public void Reading_it_says_the_service_is_not_configured()
    {
        var result = new CallbackConfiguration().Service("user-scheduled").Read("user-unknown");

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(OptionErrorKind.ServiceNotConfigured, error.Kind);
        Assert.Equal("user-unknown", error.Service);
        Assert.Null(error.Option);
        Assert.Equal("Service user-unknown is not configured", error.Message);
    }

    [Fact]
    public void A_name_holding_the_path_separator_does_not_reach_into_a_configured_service()
    {
        var result = new CallbackConfiguration().Service("user-scheduled").Read($"user-scheduled:{OptionNames.Target}");

        Assert.Equal(OptionErrorKind.ServiceNotConfigured, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public void A_name_in_another_case_finds_the_service_under_its_configured_name()
    {
        var options = new CallbackConfiguration().Service("user-scheduled").ReadValid("User-Scheduled");

        Assert.Equal("user-scheduled", options.ServiceName);
    }
}

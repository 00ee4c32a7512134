using Callback.Sagas.Options;

namespace Callback.Sagas.Tests.Options;

public class When_a_service_leaves_an_option_unset_it_inherits_the_callback_defaults
{
    [Fact]
    public void The_callback_default_replaces_the_GMS_default()
    {
        var options = new CallbackConfiguration()
            .Defaults((OptionNames.MaxDialAttempts, "7"))
            .Service("user-scheduled")
            .ReadValid("user-scheduled");

        Assert.Equal(7, options.MaxDialAttempts);
    }

    [Fact]
    public void The_service_value_wins_over_the_callback_default()
    {
        var options = new CallbackConfiguration()
            .Defaults((OptionNames.MaxDialAttempts, "7"))
            .Service("user-scheduled", (OptionNames.MaxDialAttempts, "2"))
            .ReadValid("user-scheduled");

        Assert.Equal(2, options.MaxDialAttempts);
    }

    [Fact]
    public void An_empty_service_value_inherits_the_callback_default()
    {
        var options = new CallbackConfiguration()
            .Defaults((OptionNames.EnableInQueueChecking, "strict"))
            .Service("user-scheduled", (OptionNames.EnableInQueueChecking, ""))
            .ReadValid("user-scheduled");

        Assert.Equal(InQueueChecking.Strict, options.InQueueChecking);
    }

    [Fact]
    public void An_empty_callback_default_leaves_the_GMS_default()
    {
        var options = new CallbackConfiguration()
            .Defaults((OptionNames.DialRetryTimeout, " "))
            .Service("user-scheduled")
            .ReadValid("user-scheduled");

        Assert.Equal(TimeSpan.FromSeconds(300), options.DialRetryTimeout);
    }

    [Fact]
    public void Each_service_inherits_the_same_defaults_and_keeps_its_own_values()
    {
        var configuration = new CallbackConfiguration()
            .Defaults((OptionNames.DefaultCountry, "GB"), (OptionNames.WaitForAgent, "false"))
            .Service("user-immediate")
            .Service("user-delayed", (OptionNames.WaitForAgent, "true"));

        var immediate = configuration.ReadValid("user-immediate");
        var delayed = configuration.ReadValid("user-delayed");

        Assert.Equal(("GB", false), (immediate.DefaultCountry, immediate.WaitForAgent));
        Assert.Equal(("GB", true), (delayed.DefaultCountry, delayed.WaitForAgent));
    }
}

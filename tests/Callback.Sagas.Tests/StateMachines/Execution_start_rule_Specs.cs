using Callback.Sagas.StateMachines;
using Callback.Testing;

namespace Callback.Sagas.Tests.StateMachines;

public class Execution_start_rule_Specs
{
    static readonly DateTimeOffset Desired = new(2014, 7, 30, 15, 0, 0, TimeSpan.Zero);
    static readonly Contracts.Requests.SessionOptions Options = Given.Options() with
    {
        ExecutionTimeBuffer = TimeSpan.FromSeconds(120),
        MinEwtPollingInterval = TimeSpan.FromSeconds(2),
        MaxEwtPollingInterval = TimeSpan.FromSeconds(30),
    };

    [Fact]
    public void The_window_opens_a_buffer_before_the_desired_time_when_EWT_is_shorter() =>
        Assert.Equal(Desired.AddSeconds(-120), ExecutionStartRule.FirstCheckAt(Desired, TimeSpan.FromSeconds(30), Options));

    [Fact]
    public void The_window_opens_an_EWT_before_the_desired_time_when_EWT_is_longer() =>
        Assert.Equal(Desired.AddSeconds(-600), ExecutionStartRule.FirstCheckAt(Desired, TimeSpan.FromSeconds(600), Options));

    [Fact]
    public void A_session_without_a_desired_time_is_always_due() =>
        Assert.True(ExecutionStartRule.IsDue(null, TimeSpan.Zero, Desired.AddDays(-3)));

    [Theory]
    [InlineData(-61, false)]
    [InlineData(-60, true)]
    [InlineData(10, true)]
    public void A_session_is_due_once_the_EWT_reaches_the_desired_time(int secondsFromDesired, bool due) =>
        Assert.Equal(due, ExecutionStartRule.IsDue(Desired, TimeSpan.FromSeconds(60), Desired.AddSeconds(secondsFromDesired)));

    [Fact]
    public void Before_the_window_the_next_check_is_the_window_itself() =>
        Assert.Equal(Desired.AddSeconds(-120), ExecutionStartRule.NextCheckAt(Desired, TimeSpan.Zero, Options, Desired.AddHours(-5)));

    [Theory]
    [InlineData(-120, 0, -90)] // 120 s to go: half is 60 s, capped at the 30 s maximum
    [InlineData(-20, 0, -10)] // 20 s to go: half is 10 s
    [InlineData(-3, 0, -1)] // 3 s to go: half is 1.5 s, raised to the 2 s minimum
    [InlineData(-91, 90, -90)] // EWT 90 s and 1 s to go: the start comes before the shortest poll
    public void Inside_the_window_the_next_check_polls_faster_as_the_start_comes_closer(int nowFromDesired, int ewtSeconds, int expectedFromDesired) =>
        Assert.Equal(Desired.AddSeconds(expectedFromDesired),
            ExecutionStartRule.NextCheckAt(Desired, TimeSpan.FromSeconds(ewtSeconds), Options, Desired.AddSeconds(nowFromDesired)));
}

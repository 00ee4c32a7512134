using Callback.Testing;
using Callback.Workers.Telephony.Simulated;

namespace Callback.Workers.Tests.Telephony.Simulated;

public class Scripted_number_Specs
{
    [Fact]
    public void When_the_number_is_scripted_busy_then_human_the_second_attempt_is_answered_by_a_person()
    {
        var planner = Planners.With(o => o.Numbers[Given.CustomerNumber] = "busy,human");

        Assert.Equal(CallOutcome.Busy, planner.PlanCall(Given.CustomerNumber, 1).Outcome);
        Assert.Equal(CallOutcome.Human, planner.PlanCall(Given.CustomerNumber, 2).Outcome);
    }

    [Fact]
    public void Attempts_past_the_end_of_the_script_repeat_its_last_outcome()
    {
        var planner = Planners.With(o => o.Numbers[Given.CustomerNumber] = "busy,no-answer,machine,human");

        var outcomes = Enumerable.Range(1, 6).Select(attempt => planner.PlanCall(Given.CustomerNumber, attempt).Outcome);

        Assert.Equal(
            [CallOutcome.Busy, CallOutcome.NoAnswer, CallOutcome.AnsweringMachine, CallOutcome.Human, CallOutcome.Human, CallOutcome.Human],
            outcomes);
    }

    [Theory]
    [InlineData("human", CallOutcome.Human)]
    [InlineData("machine", CallOutcome.AnsweringMachine)]
    [InlineData("answering-machine", CallOutcome.AnsweringMachine)]
    [InlineData("fax", CallOutcome.Fax)]
    [InlineData("busy", CallOutcome.Busy)]
    [InlineData("no-answer", CallOutcome.NoAnswer)]
    [InlineData("rejected", CallOutcome.Rejected)]
    [InlineData("network-error", CallOutcome.NetworkError)]
    [InlineData(" Network-Error ", CallOutcome.NetworkError)]
    public void A_script_names_its_outcomes_in_plain_words(string name, CallOutcome outcome)
    {
        var planner = Planners.With(o => o.Numbers[Given.CustomerNumber] = name);

        Assert.Equal(outcome, planner.PlanCall(Given.CustomerNumber, 1).Outcome);
    }

    [Fact]
    public void A_scripted_number_ignores_the_probabilities()
    {
        var planner = Planners.With(o =>
        {
            o.AnswerProbability = 0;
            o.Numbers[Given.CustomerNumber] = "fax";
        });

        Assert.All(Enumerable.Range(1, 20), attempt => Assert.Equal(CallOutcome.Fax, planner.PlanCall(Given.CustomerNumber, attempt).Outcome));
    }

    [Fact]
    public void Other_numbers_draw_their_outcomes()
    {
        var planner = Planners.With(o =>
        {
            o.AnswerProbability = 0;
            o.Failures.Busy = 1;
            o.Failures.NoAnswer = 0;
            o.Failures.Rejected = 0;
            o.Failures.NetworkError = 0;
            o.Numbers[Given.CustomerNumber] = "human";
        });

        Assert.Equal(CallOutcome.Busy, planner.PlanCall("+15105559999", 1).Outcome);
    }
}

using Callback.Sagas.Options;
using Callback.Web.PhoneNumbers;

namespace Callback.Web.Tests;

public class Customer_number_Specs
{
    static readonly ServiceOptions Service = new() { ServiceName = "user-scheduled" };

    [Theory]
    [InlineData("+16505551234")]
    [InlineData("6505551234")]
    [InlineData("+33 1 42 68 53 00")]
    public void A_possible_number_that_is_not_premium_is_accepted(string number) =>
        Assert.Null(CustomerNumberCheck.Refusal(Service, number));

    [Fact]
    public void A_premium_number_is_refused_with_GMS_s_message() =>
        Assert.Equal(
            "Customer Number [+19005551234] is disallowed, because it's a premium number. Check option _disallow_premium_phone_numbers",
            CustomerNumberCheck.Refusal(Service, "+19005551234"));

    [Theory]
    [InlineData("111")]
    [InlineData("not a number")]
    public void An_impossible_number_is_refused_with_GMS_s_message(string number) =>
        Assert.Equal(
            $"Customer Number [{number}] is disallowed, because it is invalid. Check option _disallow_impossible_phone_numbers",
            CustomerNumberCheck.Refusal(Service, number));

    [Fact]
    public void With_the_checks_off_the_same_numbers_are_accepted()
    {
        var lenient = Service with { DisallowImpossiblePhoneNumbers = false, DisallowPremiumPhoneNumbers = false };

        Assert.Null(CustomerNumberCheck.Refusal(lenient, "111"));
        Assert.Null(CustomerNumberCheck.Refusal(lenient, "+19005551234"));
    }

    [Fact]
    public void Only_the_check_that_is_on_refuses()
    {
        Assert.Null(CustomerNumberCheck.Refusal(Service with { DisallowPremiumPhoneNumbers = false }, "+19005551234"));
        Assert.Null(CustomerNumberCheck.Refusal(Service with { DisallowImpossiblePhoneNumbers = false }, "111"));
    }

    [Fact]
    public void A_check_without_a_default_country_is_refused_as_GMS_does() =>
        Assert.Equal(
            "Service option user-scheduled / _default_country is not configured. But option _disallow_impossible_phone_numbers is set. "
            + "We cannot validate phone numbers without knowing the country.",
            CustomerNumberCheck.Refusal(Service with { DefaultCountry = "" }, "+16505551234"));
}

using Callback.Sagas.Observability;

namespace Callback.Sagas.Tests.Observability;

public class Phone_number_mask_Specs
{
    [Theory]
    [InlineData("+14155550123", "+1415*****23")]
    [InlineData("+33 1 23 45 67 89", "+33 1 2* ** ** 89")]
    [InlineData("5115", "****")]
    [InlineData("555123", "****23")]
    [InlineData("", "")]
    public void A_number_keeps_its_prefix_and_last_two_digits_and_a_short_one_only_its_last_two(string number, string logged) =>
        Assert.Equal(logged, PhoneNumberMask.Mask(number));
}

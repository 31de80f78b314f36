using Daisee.Billing.Requester.Chain;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain;

public class AddressTests
{
    [TestCase("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    [TestCase("0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")]
    [TestCase("0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb", "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB")]
    [TestCase("0xd1220a0cf47c7b9be7a2e6ba89f429762e7b9adb", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb")]
    public void ToChecksumString_Eip55Examples_MatchesSpecification(string lower, string expected)
    {
        Assert.That(Address.Parse(lower).ToChecksumString(), Is.EqualTo(expected));
    }

    [TestCase("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", true)]
    [TestCase("0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED", true)]
    [TestCase("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", false)]
    [TestCase("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beae", false)]
    [TestCase("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", false)]
    [TestCase("0xzzaeb6053f3e94c9b9a09f33669435e7ef1beaed", false)]
    public void TryParse_Spelling_AcceptsOnlyValidChecksums(string text, bool expected)
    {
        Assert.That(Address.TryParse(text, out _), Is.EqualTo(expected));
    }

    [Test]
    public void Default_IsZeroAddress()
    {
        Assert.That(default(Address).ToLowerHex(), Is.EqualTo("0x0000000000000000000000000000000000000000"));
        Assert.That(Address.Zero.IsZero, Is.True);
    }

    [Test]
    public void Equality_SameBytesDifferentCase_AreEqual()
    {
        Assert.That(
            Address.Parse("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"),
            Is.EqualTo(Address.Parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")));
    }
}

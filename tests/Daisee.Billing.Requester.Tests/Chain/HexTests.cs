using System.Numerics;
using Daisee.Billing.Requester.Chain;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain;

public class HexTests
{
    [TestCase("0x", new byte[0])]
    [TestCase("0x00ff", new byte[] { 0x00, 0xff })]
    [TestCase("0XABcd", new byte[] { 0xab, 0xcd })]
    [TestCase("abcd", new byte[] { 0xab, 0xcd })]
    public void Decode_ValidHex_ReturnsBytes(string text, byte[] expected)
    {
        Assert.That(Hex.Decode(text), Is.EqualTo(expected));
    }

    [TestCase("0x0")]
    [TestCase("0xgg")]
    [TestCase("0x 1")]
    public void TryDecode_InvalidHex_ReturnsFalse(string text)
    {
        Assert.That(Hex.TryDecode(text, out _), Is.False);
    }

    [TestCase(0, "0x0")]
    [TestCase(1, "0x1")]
    [TestCase(255, "0xff")]
    [TestCase(1024, "0x400")]
    public void EncodeQuantity_Value_HasNoLeadingZeros(int value, string expected)
    {
        Assert.That(Hex.EncodeQuantity(value), Is.EqualTo(expected));
        Assert.That(Hex.DecodeQuantity(expected), Is.EqualTo(new BigInteger(value)));
    }

    [TestCase("0x")]
    [TestCase("12")]
    public void DecodeQuantity_NotAQuantity_Throws(string text)
    {
        Assert.That(() => Hex.DecodeQuantity(text), Throws.TypeOf<FormatException>());
    }
}

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
}

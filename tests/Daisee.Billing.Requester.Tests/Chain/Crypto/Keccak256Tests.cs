using Daisee.Billing.Requester.Tests.Chain;
using Nethereum.Signer;
using Daisee.Billing.Requester.Chain;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Crypto;

public class Keccak256Tests
{
    [TestCase("", "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    [TestCase("abc", "0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")]
    [TestCase("baz(uint32,bool)", "0xcdcd77c0992ec5bbfc459984220f8c45084cc24d9b6efed1fae540db8de801d2")]
    public void Hash_KnownText_MatchesPublishedDigest(string text, string expected)
    {
        Assert.That(Keccak256.Hash(text), Is.EqualTo(Hash32.Parse(expected)));
    }

    [Test]
    public void HashConcatenation_Parts_EqualsHashOfJoinedBytes()
    {
        byte[] a = [1, 2, 3];
        byte[] b = [4, 5];

        Assert.That(Keccak256.HashConcatenation(a, b), Is.EqualTo(Keccak256.Hash([1, 2, 3, 4, 5])));
    }
}

using Daisee.Billing.Requester.Chain.Crypto;
using Daisee.Billing.Requester.Chain.Signing;
using Daisee.Billing.Requester.Chain;
using FsCheck.Fluent;
using FsCheck;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Crypto;

public class Secp256k1KeyTests
{
    [TestCase("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")]
    [TestCase("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8")]
    [TestCase("0x4646464646464646464646464646464646464646464646464646464646464646", "0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F")]
    public void Address_AnvilAndEipKeys_MatchesChecksumAddress(string privateKey, string expected)
    {
        var key = Secp256k1Key.FromHex(privateKey);

        Assert.That(key.Address.ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void Address_KeccakOfCow_IsTheEip712MailSender()
    {
        var key = new Secp256k1Key(Keccak256.Hash("cow").ToArray());

        Assert.That(key.Address, Is.EqualTo(Address.Parse("0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826")));
    }

    [Test]
    public void Sign_SameDigestTwice_IsDeterministicAndLowS()
    {
        var key = Secp256k1Key.FromHex("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
        var digest = Keccak256.Hash("daisee");

        var first = key.Sign(digest);
        var second = key.Sign(digest);

        Assert.That(first, Is.EqualTo(second));
        Assert.That(first.IsLowS, Is.True);
        Assert.That(first.V, Is.AnyOf(27, 28));
    }

    [Test]
    public void Sign_PersonalMessageHello_MatchesCastWalletSign()
    {
        // cast wallet sign --private-key 0xac09…ff80 hello
        var key = Secp256k1Key.FromHex("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");

        var signature = PersonalMessage.Sign(key, "hello"u8);

        Assert.That(signature.ToString(), Is.EqualTo(CastVectors.HelloSignature));
    }

    [Test]
    public void ToString_Key_NeverShowsThePrivateKey()
    {
        var key = Secp256k1Key.FromHex("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");

        Assert.That(key.ToString(), Does.Not.Contain("ac0974bec39a17e3"));
    }

    [Test]
    public void Sign_RandomKeysAndDigests_RecoversSignerAddress()
    {
        var property = Prop.ForAll(
            ChainGenerators.Key.Zip(ChainGenerators.Hash32).ToArbitrary(),
            pair =>
            {
                var (key, digest) = pair;
                var signature = key.Sign(digest);
                return signature.IsLowS && EcRecover.Verify(digest, signature, key.Address);
            });

        Check.One(ChainGenerators.Config, property);
    }

    [Test]
    public void Verify_TamperedDigest_ReturnsFalse()
    {
        var key = Secp256k1Key.FromHex("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
        var signature = key.Sign(Keccak256.Hash("a"));

        Assert.That(EcRecover.Verify(Keccak256.Hash("b"), signature, key.Address), Is.False);
    }
}

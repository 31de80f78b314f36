using Daisee.Billing.Requester.Chain;
using FsCheck;
using FsCheck.Fluent;
using Nethereum.Signer;

namespace Daisee.Billing.Requester.Tests.Chain.Crypto;

/// <summary>secp256k1 keys (Nethereum's <see cref="EthECKey"/>) through <see cref="ChainKeys"/>: addresses, signatures, recovery.</summary>
public class ChainKeysTests
{
    private static readonly EthECKey Anvil0 = ChainKeys.FromHex(CastVectors.AnvilKey0);

    [TestCase("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")]
    [TestCase("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8")]
    [TestCase("0x4646464646464646464646464646464646464646464646464646464646464646", "0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F")]
    public void Address_AnvilAndEipKeys_MatchesChecksumAddress(string privateKey, string expected)
    {
        Assert.That(ChainKeys.FromHex(privateKey).Address.ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void Address_KeccakOfCow_IsTheEip712MailSender()
    {
        Assert.That(ChainKeys.FromHex(Keccak256.Hash("cow").ToString()).Address, Is.EqualTo(Address.Parse("0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826")));
    }

    [TestCase("0x0000000000000000000000000000000000000000000000000000000000000000")]
    [TestCase("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")]
    [TestCase("0x01")]
    public void TryCreate_ZeroOrderOrShort_IsRefused(string hex)
    {
        Assert.That(ChainKeys.TryCreate(Hex.Decode(hex), out _), Is.False);
    }

    [Test]
    public void SignDigest_SameDigestTwice_IsDeterministicWithV27Or28()
    {
        var digest = Keccak256.Hash("daisee");

        var first = Anvil0.SignDigest(digest);

        Assert.That(Anvil0.SignDigest(digest), Is.EqualTo(first));
        Assert.That(first, Has.Length.EqualTo(65));
        Assert.That(first[64], Is.AnyOf(27, 28));
    }

    [Test]
    public void Sign_PersonalMessageHello_MatchesCastWalletSign()
    {
        // cast wallet sign --private-key 0xac09…ff80 hello
        Assert.That(new EthereumMessageSigner().EncodeUTF8AndSign("hello", Anvil0), Is.EqualTo(CastVectors.HelloSignature));
    }

    [Test]
    public void Recover_TamperedDigest_IsAnotherAccount()
    {
        var signature = Anvil0.SignDigest(Keccak256.Hash("a"));

        Assert.That(ChainKeys.Recover(Keccak256.Hash("a"), signature), Is.EqualTo(Anvil0.Address));
        Assert.That(ChainKeys.Recover(Keccak256.Hash("b"), signature), Is.Not.EqualTo(Anvil0.Address));
        Assert.That(ChainKeys.Recover(Keccak256.Hash("a"), signature.AsSpan(0, 64)), Is.Null);
    }

    [Test]
    public void SignDigest_RandomKeysAndDigests_RecoversSignerAddress()
    {
        var keys = Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), 32).Where(b => ChainKeys.TryCreate(b, out _));
        var digests = Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), 32);
        var property = Prop.ForAll(
            keys.Zip(digests).ToArbitrary(),
            pair =>
            {
                ChainKeys.TryCreate(pair.Item1, out var key);
                var digest = new Hash32(pair.Item2);
                return ChainKeys.Recover(digest, key!.SignDigest(digest)) == key!.Address;
            });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(25), property);
    }
}

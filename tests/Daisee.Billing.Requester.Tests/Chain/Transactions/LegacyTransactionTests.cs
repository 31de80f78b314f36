using System.Numerics;
using Daisee.Billing.Requester.Chain.Crypto;
using Daisee.Billing.Requester.Chain.Transactions;
using Daisee.Billing.Requester.Chain;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Transactions;

public class LegacyTransactionTests
{
    private static readonly LegacyTransaction Eip155Example = new(
        Nonce: 9,
        GasPriceWei: 20_000_000_000,
        GasLimit: 21_000,
        To: Address.Parse("0x3535353535353535353535353535353535353535"),
        ValueWei: BigInteger.Pow(10, 18),
        Data: [],
        ChainId: 1);

    private static readonly Secp256k1Key Eip155Key =
        Secp256k1Key.FromHex("0x4646464646464646464646464646464646464646464646464646464646464646");

    [Test]
    public void EncodeForSigning_Eip155Example_MatchesSigningData()
    {
        Assert.That(
            Hex.Encode(Eip155Example.EncodeForSigning()),
            Is.EqualTo("0xec098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764000080018080"));
    }

    [Test]
    public void SigningHash_Eip155Example_MatchesSigningHash()
    {
        Assert.That(
            Eip155Example.SigningHash(),
            Is.EqualTo(Hash32.Parse("0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53")));
    }

    [Test]
    public void Sign_Eip155Example_MatchesPublishedSignedTransaction()
    {
        var signed = Eip155Example.Sign(Eip155Key);

        Assert.That(
            signed.RawHex,
            Is.EqualTo("0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83"));
    }

    [Test]
    public void Sign_Eip155Example_HasPublishedRAndS()
    {
        var signature = Eip155Key.Sign(Eip155Example.SigningHash());

        Assert.That(signature.R, Is.EqualTo(BigInteger.Parse("18515461264373351373200002665853028612451056578545711640558177340181847433846", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(signature.S, Is.EqualTo(BigInteger.Parse("46948507304638947509940763649030358759909902576025900602547168820602576006531", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(signature.RecoveryId, Is.EqualTo(0));
    }
}

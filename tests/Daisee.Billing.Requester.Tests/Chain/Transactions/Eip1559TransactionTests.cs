using System.Numerics;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Crypto;
using Daisee.Billing.Requester.Chain.Transactions;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Transactions;

/// <summary>Raw transactions produced by <c>cast mktx</c> (foundry 1.7.1) with anvil key #0.</summary>
public class Eip1559TransactionTests
{
    private static readonly Secp256k1Key Key = Secp256k1Key.FromHex(CastVectors.AnvilKey0);
    private static readonly Address Account1 = Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

    [Test]
    public void Sign_CallWithValueAndData_MatchesCastMktx()
    {
        // cast mktx --chain 31337 --nonce 3 --gas-limit 25200 --gas-price 2000000100 --priority-gas-price 100 --value 5 0x7099…79C8 0x0102
        var tx = new Eip1559Transaction(31337, 3, 100, 2_000_000_100, 25_200, Account1, 5, [0x01, 0x02]);

        var signed = tx.Sign(Key);

        Assert.That(signed.RawHex, Is.EqualTo(
            "0x02f86a827a69036484773594648262709470997970c51812dc3a010c7d01b50e0d17dc79c805820102c080a0d1ea1a44d99639a3306afad8d3c9669c45ef0c9e320b1ab22e680ca066629ef1a0326ad83ed5871759f5d50d8dd7e226a655ecfe9f079032eb0d6a6db0683476b2"));
        Assert.That(signed.Hash, Is.EqualTo(Hash32.Parse("0x5bc977bd8fc113c8fbeec57275da254f5b11247a01ea27b029fce03bed21d091")));
    }

    [Test]
    public void Sign_ContractCreationOnArbitrum_MatchesCastMktx()
    {
        // cast mktx --chain 42161 --nonce 0 --gas-limit 100000 --gas-price 30000000000 --priority-gas-price 0 --create 0x6080604052
        var tx = new Eip1559Transaction(42161, 0, 0, 30_000_000_000, 100_000, null, 0, [0x60, 0x80, 0x60, 0x40, 0x52]);

        Assert.That(tx.Sign(Key).RawHex, Is.EqualTo(
            "0x02f85b82a4b180808506fc23ac00830186a08080856080604052c001a0e69329dc0b09e1a51373826c617e994465859d3beb37bf75964dc281ea79b21ba05fbc8c0296f6e5c8e4aa861a94fb4a40ceea233a1f5110210d562bf26b9f11e4"));
    }

    [Test]
    public void Sign_LegacyTransferOnAnvil_MatchesCastMktxLegacy()
    {
        // cast mktx --legacy --chain 31337 --nonce 1 --gas-limit 21000 --gas-price 1000000000 --value 1000000000000000000 0x7099…79C8
        var tx = new LegacyTransaction(1, 1_000_000_000, 21_000, Account1, BigInteger.Pow(10, 18), [], 31337);

        Assert.That(tx.Sign(Key).RawHex, Is.EqualTo(
            "0xf86d01843b9aca008252089470997970c51812dc3a010c7d01b50e0d17dc79c8880de0b6b3a76400008082f4f6a04c490bfa4386357d39914a68034e51f30cc84de89c764e7237b5be06aa785e98a0625fb8d8805062df3056aa24e1f2c1f43b6cb348efefd64e9f5d73a40ddae4de"));
    }

    [Test]
    public void SigningHash_DefaultData_EqualsEmptyData()
    {
        var withDefault = new Eip1559Transaction(1, 0, 0, 0, 21_000, Account1, 0, default);
        var withEmpty = withDefault with { Data = [] };

        Assert.That(withDefault.SigningHash(), Is.EqualTo(withEmpty.SigningHash()));
    }
}

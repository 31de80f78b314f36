using System.Numerics;
using Daisee.Billing.Requester.Chain;
using Nethereum.Model;
using Nethereum.Signer;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Transactions;

/// <summary>
/// Nethereum's transaction signers (what <c>ChainRpcNode</c>'s transaction manager uses) against raw
/// transactions produced by <c>cast mktx</c> (foundry 1.7.1) with anvil key #0, and the EIP-155 example.
/// </summary>
public class TransactionSigningTests
{
    private const string Account1 = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";

    [Test]
    public void Sign_Eip1559CallWithValueAndData_MatchesCastMktx()
    {
        // cast mktx --chain 31337 --nonce 3 --gas-limit 25200 --gas-price 2000000100 --priority-gas-price 100 --value 5 0x7099…79C8 0x0102
        var tx = new Transaction1559(31337, 3, 100, 2_000_000_100, 25_200, Account1, 5, "0x0102", null);

        var raw = new Transaction1559Signer().SignTransaction(CastVectors.AnvilKey0, tx);

        Assert.That(Hex.Encode(Hex.Decode(raw)), Is.EqualTo(
            "0x02f86a827a69036484773594648262709470997970c51812dc3a010c7d01b50e0d17dc79c805820102c080a0d1ea1a44d99639a3306afad8d3c9669c45ef0c9e320b1ab22e680ca066629ef1a0326ad83ed5871759f5d50d8dd7e226a655ecfe9f079032eb0d6a6db0683476b2"));
        Assert.That(Keccak256.Hash(Hex.Decode(raw)), Is.EqualTo(Hash32.Parse("0x5bc977bd8fc113c8fbeec57275da254f5b11247a01ea27b029fce03bed21d091")));
    }

    [Test]
    public void Sign_Eip1559ContractCreationOnArbitrum_MatchesCastMktx()
    {
        // cast mktx --chain 42161 --nonce 0 --gas-limit 100000 --gas-price 30000000000 --priority-gas-price 0 --create 0x6080604052
        var tx = new Transaction1559(42161, 0, 0, 30_000_000_000, 100_000, null, 0, "0x6080604052", null);

        Assert.That(Hex.Encode(Hex.Decode(new Transaction1559Signer().SignTransaction(CastVectors.AnvilKey0, tx))), Is.EqualTo(
            "0x02f85b82a4b180808506fc23ac00830186a08080856080604052c001a0e69329dc0b09e1a51373826c617e994465859d3beb37bf75964dc281ea79b21ba05fbc8c0296f6e5c8e4aa861a94fb4a40ceea233a1f5110210d562bf26b9f11e4"));
    }

    [Test]
    public void Sign_LegacyTransferOnAnvil_MatchesCastMktxLegacy()
    {
        // cast mktx --legacy --chain 31337 --nonce 1 --gas-limit 21000 --gas-price 1000000000 --value 1000000000000000000 0x7099…79C8
        var raw = new LegacyTransactionSigner().SignTransaction(CastVectors.AnvilKey0, 31337, Account1, BigInteger.Pow(10, 18), 1, 1_000_000_000, 21_000, "");

        Assert.That(Hex.Encode(Hex.Decode(raw)), Is.EqualTo(
            "0xf86d01843b9aca008252089470997970c51812dc3a010c7d01b50e0d17dc79c8880de0b6b3a76400008082f4f6a04c490bfa4386357d39914a68034e51f30cc84de89c764e7237b5be06aa785e98a0625fb8d8805062df3056aa24e1f2c1f43b6cb348efefd64e9f5d73a40ddae4de"));
    }

    [Test]
    public void Sign_Eip155Example_MatchesPublishedSignedTransaction()
    {
        var raw = new LegacyTransactionSigner().SignTransaction(
            "0x4646464646464646464646464646464646464646464646464646464646464646", 1, "0x3535353535353535353535353535353535353535",
            BigInteger.Pow(10, 18), 9, 20_000_000_000, 21_000, "");

        Assert.That(Hex.Encode(Hex.Decode(raw)), Is.EqualTo(
            "0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83"));
    }
}

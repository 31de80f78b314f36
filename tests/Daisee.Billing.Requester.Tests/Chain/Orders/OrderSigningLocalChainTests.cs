using Daisee.Billing.Requester.Tests.Chain;
using Daisee.Billing.Requester.Chain;
using Nethereum.Signer;
using Daisee.Billing.Requester.Chain.Orders;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Orders;

/// <summary>poco-local-chain.md "Test vectors" (chain 31337, anvil key #1), cross-checked there against the deployed hub.</summary>
public class OrderSigningLocalChainTests
{
    private static readonly EthECKey Key =
        ChainKeys.FromHex("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");

    private static readonly IexecDomain Domain =
        IexecDomain.For(31337, Address.Parse("0x5FC8d32690cc91D4c39d9d3abcBD16989F875707"));

    private static readonly AppOrder AppOrder = new(
        App: Address.Parse("0x1111111111111111111111111111111111111111"),
        AppPrice: 1_000_000_000,
        Volume: 1000,
        Tag: Hash32.FromBigInteger(9),
        DatasetRestrict: default,
        WorkerpoolRestrict: Address.Parse("0x2222222222222222222222222222222222222222"),
        RequesterRestrict: default,
        Salt: Hash32.FromBigInteger(1));

    private static readonly RequestOrder RequestOrder = new(
        App: Address.Parse("0x1111111111111111111111111111111111111111"),
        AppMaxPrice: 1_000_000_000,
        Dataset: default,
        DatasetMaxPrice: 0,
        Workerpool: Address.Parse("0x2222222222222222222222222222222222222222"),
        WorkerpoolMaxPrice: 250_000_000,
        Requester: Key.Address,
        Volume: 1,
        Tag: default,
        Category: 0,
        Trust: 1,
        Beneficiary: Key.Address,
        Callback: default,
        Params: """{"iexec_args":"hello world"}""",
        Salt: Hash32.FromBigInteger(0xff));

    [Test]
    public void Key_AnvilAccount1_HasReferenceAddress()
    {
        Assert.That(Key.Address.ToString(), Is.EqualTo("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
    }

    [Test]
    public void DomainTypeHash_Standard_MatchesReference()
    {
        Assert.That(
            Keccak256.Hash("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
            Is.EqualTo(Hash32.Parse("0x8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f")));
    }

    [Test]
    public void DomainSeparator_LocalHub_MatchesReference()
    {
        Assert.That(Domain.Separator(), Is.EqualTo(Hash32.Parse("0x3a381c2b61f95eecc30cd1fa149a885c63820b699953cdfa94c38e311235e58f")));
    }

    [Test]
    public void AppOrder_Vector_MatchesStructHashOrderHashAndSignature()
    {
        var signed = OrderSigning.Sign(AppOrder, Domain, Key);

        Assert.That(OrderSigning.StructHash(AppOrder), Is.EqualTo(Hash32.Parse("0x71cb5c74db1e941bb702b6bf76bf350bdbca61884719c71e4f7ff89e0c8341c6")));
        Assert.That(OrderSigning.Hash(AppOrder, Domain), Is.EqualTo(Hash32.Parse("0xd26774ce103e06efabe9c707c5c67b748c167e1336785c387cdf0167ad1d05ef")));
        Assert.That(signed.SignHex, Is.EqualTo("0xda552b1ce24a26fdacbcaa919a20d9609ba103fca9a8b7b4bb2dbec59a44224019ed116df354673ad7cfbd11d3c617f28a5b36200c1f11998e043bfc0b17c0241b"));
    }

    [Test]
    public void RequestOrder_Vector_MatchesParamsHashStructHashOrderHashAndSignature()
    {
        var signed = OrderSigning.Sign(RequestOrder, Domain, Key);

        Assert.That(Keccak256.Hash(RequestOrder.Params), Is.EqualTo(Hash32.Parse("0x8b25079f7e5c57655f0b3dea8d590800a46ef3593f459071718609ea4c5c95de")));
        Assert.That(OrderSigning.StructHash(RequestOrder), Is.EqualTo(Hash32.Parse("0x4edcd3a0de182e1d88961f74670965fd73fb580b390025295d42627258c0f30e")));
        Assert.That(OrderSigning.Hash(RequestOrder, Domain), Is.EqualTo(Hash32.Parse("0x65f4a75e8e52a6bfff91a677beb95e72899f6bf397e0cc0f83d421e53d75715c")));
        Assert.That(signed.SignHex, Is.EqualTo("0xf6831a7c7e0bcb5200f7f0b5c4c87d73837e2e7367b7128d3384cfab4a5698ac3f71c88239a479bb250160caf9e4b7c0546459b0ab90d09ad1089da1615a4cd61c"));
    }

    [Test]
    public void ToTypedData_AppOrder_HasTheSameDigestThroughTheGenericPath()
    {
        var typedData = OrderSigning.ToTypedDataJson(AppOrder, Domain);

        Assert.That(new Hash32(Nethereum.Signer.EIP712.Eip712TypedDataSigner.Current.EncodeTypedData(typedData) is var encoded ? Nethereum.Util.Sha3Keccack.Current.CalculateHash(encoded) : []), Is.EqualTo(OrderSigning.Hash(AppOrder, Domain)));
    }
}

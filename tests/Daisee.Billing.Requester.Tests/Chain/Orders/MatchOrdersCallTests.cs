using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Crypto;
using Daisee.Billing.Requester.Chain.Orders;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Orders;

public class MatchOrdersCallTests
{
    [Test]
    public void Selector_MatchOrders_Is156194d4()
    {
        Assert.That(MatchOrdersCall.Function.Selector.ToString(), Is.EqualTo("0x156194d4"));
    }

    [Test]
    public void Encode_WorkedExampleOrders_MatchesAppendixAWordForWord()
    {
        var callData = Encode();

        Assert.That(Hex.Encode(callData), Is.EqualTo(MatchOrdersVector.CallData));
        Assert.That(callData, Has.Length.EqualTo(2244));
        Assert.That(Keccak256.Hash(callData), Is.EqualTo(Hash32.Parse("0xcd2d7dea4a74f18fd88bee4b078ffc546a365d9cefc3e9411b3ff83759da0d31")));
    }

    [Test]
    public void DecodeCall_AppendixA_GivesBackTheRequestParams()
    {
        var values = MatchOrdersCall.Function.DecodeCall(Hex.Decode(MatchOrdersVector.CallData));

        Assert.That(values.GetValues(3).GetString(13), Is.EqualTo(ProtocolOrders.RequestOrder.Params));
        Assert.That(values.GetValues(0).GetAddress(0), Is.EqualTo(ProtocolOrders.App));
    }

    [Test]
    public void Encode_NoDataset_PassesZeroOrderWithEmptySignature()
    {
        var callData = MatchOrdersCall.Encode(
            OrderSigning.Sign(ProtocolOrders.AppOrder, ProtocolOrders.Domain, ProtocolOrders.Key),
            MatchOrdersCall.NoDataset,
            OrderSigning.Sign(ProtocolOrders.WorkerpoolOrder, ProtocolOrders.Domain, ProtocolOrders.Key),
            OrderSigning.Sign(ProtocolOrders.RequestOrder with { Dataset = default }, ProtocolOrders.Domain, ProtocolOrders.Key));

        var dataset = MatchOrdersCall.Function.DecodeCall(callData).GetValues(1);

        Assert.That(dataset.GetAddress(0), Is.EqualTo(Address.Zero));
        Assert.That(dataset.GetBytes(8), Is.Empty);
    }

    private static byte[] Encode() =>
        MatchOrdersCall.Encode(
            OrderSigning.Sign(ProtocolOrders.AppOrder, ProtocolOrders.Domain, ProtocolOrders.Key),
            OrderSigning.Sign(ProtocolOrders.DatasetOrder, ProtocolOrders.Domain, ProtocolOrders.Key),
            OrderSigning.Sign(ProtocolOrders.WorkerpoolOrder, ProtocolOrders.Domain, ProtocolOrders.Key),
            OrderSigning.Sign(ProtocolOrders.RequestOrder, ProtocolOrders.Domain, ProtocolOrders.Key));
}

using Daisee.Billing.Requester.Tests.Chain;
using Daisee.Billing.Requester.Chain;
using Nethereum.Signer;
using Daisee.Billing.Requester.Chain.Orders;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Orders;

public class MatchOrdersCallTests
{
    [Test]
    public void Selector_MatchOrders_Is156194d4()
    {
        Assert.That(Hex.Encode(Encode().AsSpan(0, 4)), Is.EqualTo("0x156194d4"));
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
        var values = Decode(Hex.Decode(MatchOrdersVector.CallData));

        Assert.That(((List<Nethereum.ABI.FunctionEncoding.ParameterOutput>)values[3].Result)[13].Result, Is.EqualTo(ProtocolOrders.RequestOrder.Params));
        Assert.That(Address.Parse((string)((List<Nethereum.ABI.FunctionEncoding.ParameterOutput>)values[0].Result)[0].Result), Is.EqualTo(ProtocolOrders.App));
    }

    [Test]
    public void Encode_NoDataset_PassesZeroOrderWithEmptySignature()
    {
        var callData = MatchOrdersCall.Encode(
            OrderSigning.Sign(ProtocolOrders.AppOrder, ProtocolOrders.Domain, ProtocolOrders.Key),
            MatchOrdersCall.NoDataset,
            OrderSigning.Sign(ProtocolOrders.WorkerpoolOrder, ProtocolOrders.Domain, ProtocolOrders.Key),
            OrderSigning.Sign(ProtocolOrders.RequestOrder with { Dataset = default }, ProtocolOrders.Domain, ProtocolOrders.Key));

        var dataset = (List<Nethereum.ABI.FunctionEncoding.ParameterOutput>)Decode(callData)[1].Result;

        Assert.That(Address.Parse((string)dataset[0].Result), Is.EqualTo(Address.Zero));
        Assert.That((byte[])dataset[8].Result, Is.Empty);
    }

    private static byte[] Encode() =>
        MatchOrdersCall.Encode(
            OrderSigning.Sign(ProtocolOrders.AppOrder, ProtocolOrders.Domain, ProtocolOrders.Key),
            OrderSigning.Sign(ProtocolOrders.DatasetOrder, ProtocolOrders.Domain, ProtocolOrders.Key),
            OrderSigning.Sign(ProtocolOrders.WorkerpoolOrder, ProtocolOrders.Domain, ProtocolOrders.Key),
            OrderSigning.Sign(ProtocolOrders.RequestOrder, ProtocolOrders.Domain, ProtocolOrders.Key));

    /// <summary>Nethereum's decoder with the hub's published ABI: the call data reads back as the orders.</summary>
    private static List<Nethereum.ABI.FunctionEncoding.ParameterOutput> Decode(byte[] callData)
    {
        var abi = new Nethereum.ABI.ABIDeserialisation.ABIJsonDeserialiser().DeserialiseContract(Daisee.Billing.Requester.Iexec.PocoAbi.Text("IexecInterfaceToken"));
        var matchOrders = abi.Functions.Single(f => f.Name == "matchOrders");
        return new Nethereum.ABI.FunctionEncoding.FunctionCallDecoder().DecodeFunctionInput(matchOrders.Sha3Signature, Hex.Encode(callData), matchOrders.InputParameters);
    }
}

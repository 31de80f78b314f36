using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Orders;

/// <summary>iexec-protocol.md §4.1, §4.2 and §4.6 (SDK 9.0.1 + ethers 6, chain 421614).</summary>
public class OrderSigningProtocolTests
{
    private static IEnumerable<TestCaseData> Orders()
    {
        yield return new TestCaseData(
            ProtocolOrders.AppOrder,
            "0xdb1fb38af879db54ea2b244efd08a0a74494b4139b0d837bb3d6501d6a9ee605",
            "0x1666369c416f204bcc648f05b7753d137e5260902bb6f99958b6349234a6a8df",
            "0xa823b54b8087165a2573d5fd1d244e1083d811e68295b36026c06cb777c428434a5115293569f6b1b8d63599823034a9cb33b44f5f8a1603502cd4d6981447f21c")
            .SetArgDisplayNames("AppOrder");
        yield return new TestCaseData(
            ProtocolOrders.DatasetOrder,
            "0xd419d313a1ae821146055880abdf6e1a0c4463cf6b95d6bedec42300a49b10bc",
            "0xd6c9187759338aaf86d67664fe3001583c98b85bd656f79f17bae679e2b28017",
            "0x646472050d4bee343bd372ef5c291c8ca3d6439a8d2b0be78616acfca65253ac3568d3fcd3466c9ee0936f71aef4b46d31118d661f9cda1e9a3b7c40466ebd6b1b")
            .SetArgDisplayNames("DatasetOrder");
        yield return new TestCaseData(
            ProtocolOrders.WorkerpoolOrder,
            "0x356303d081e6916dc26e77fdf5c99fbc5c3ef036a3c1c752ab6b967f2a4095dc",
            "0xa66249e3ba7f15a4c132b32defc99f61ec3d837cfc3280c7a951a1cbf4af78d4",
            "0x9e6fc9cab6a301415a980bd4e1f8726bba547d5e8e9ca674bfa095ef06c3fdb93c9da47715899f7600dd97bc0c7be0f5e61edf865fae3ae12578a301a0b392161c")
            .SetArgDisplayNames("WorkerpoolOrder");
        yield return new TestCaseData(
            ProtocolOrders.RequestOrder,
            "0x578136e5e966efb0758e9498da7d268a0af506e0b42acdf07907d860e525940a",
            "0x2c27024787ebfab9766f9e63a5f2ae11e9fe7a68375cf39d91417205288be4c3",
            "0x6ecb38980c6be47ec6601634f113a391aed009f0d1c1d389e6331a3478b17a3b1a73ff82c942470ceefc03d830c7044b7eaf669115816987bf699c25436825fb1b")
            .SetArgDisplayNames("RequestOrder");
    }

    [TestCase("AppOrder", "0x60815a0eeec47dddf1615fe53b31d016c31444e01b9d796db365443a6445d008")]
    [TestCase("DatasetOrder", "0x6cfc932a5a3d22c4359295b9f433edff52b60703fa47690a04a83e40933dd47c")]
    [TestCase("WorkerpoolOrder", "0xaa3429fb281b34691803133d3d978a75bb77c617ed6bc9aa162b9b30920022bb")]
    [TestCase("RequestOrder", "0xf24e853034a3a450aba845a82914fbb564ad85accca6cf62be112a154520fae0")]
    public void TypeHash_EachOrderType_MatchesReference(string primaryType, string expected)
    {
        IOrder order = primaryType switch
        {
            "AppOrder" => ProtocolOrders.AppOrder,
            "DatasetOrder" => ProtocolOrders.DatasetOrder,
            "WorkerpoolOrder" => ProtocolOrders.WorkerpoolOrder,
            _ => ProtocolOrders.RequestOrder,
        };

        Assert.That(OrderSigning.TypeHash(order), Is.EqualTo(Hash32.Parse(expected)));
    }

    [Test]
    public void DomainSeparator_ArbitrumSepoliaHub_MatchesReference()
    {
        Assert.That(
            ProtocolOrders.Domain.Separator(),
            Is.EqualTo(Hash32.Parse("0xde6e7a8f1c22386ba73ee5376e4ec7089a2d2b07ebbfce54d4cb386daa34cc92")));
    }

    [TestCaseSource(nameof(Orders))]
    public void StructHash_WorkedExample_MatchesReference(IOrder order, string structHash, string orderHash, string sign)
    {
        Assert.That(OrderSigning.StructHash(order), Is.EqualTo(Hash32.Parse(structHash)));
    }

    [TestCaseSource(nameof(Orders))]
    public void Hash_WorkedExample_MatchesReference(IOrder order, string structHash, string orderHash, string sign)
    {
        Assert.That(OrderSigning.Hash(order, ProtocolOrders.Domain), Is.EqualTo(Hash32.Parse(orderHash)));
    }

    [TestCaseSource(nameof(Orders))]
    public void Sign_WorkedExample_MatchesReferenceSignatureAndVerifies(IOrder order, string structHash, string orderHash, string sign)
    {
        var signed = OrderSigning.Sign(order, ProtocolOrders.Domain, ProtocolOrders.Key);

        Assert.That(signed.SignHex, Is.EqualTo(sign));
        Assert.That(OrderSigning.Verify(signed, ProtocolOrders.Domain, ProtocolOrders.Key.Address), Is.True);
    }

    [Test]
    public void DealIdAndTaskId_FirstMatchOfWorkedExample_MatchReference()
    {
        var requestHash = OrderSigning.Hash(ProtocolOrders.RequestOrder, ProtocolOrders.Domain);

        var dealId = IexecIds.DealId(requestHash, 0);

        Assert.That(dealId, Is.EqualTo(Hash32.Parse("0x4f42c54c87e15028dde07aec3db5d854072908a00a2a6a1094ec3ac174141f11")));
        Assert.That(IexecIds.TaskId(dealId, 0), Is.EqualTo(Hash32.Parse("0xb54b1334b15481ba78f32b406d8942766d7fe67a240df1e1f670be0d850fed52")));
    }

    [Test]
    public void Verify_OtherSigner_IsFalse()
    {
        var signed = OrderSigning.Sign(ProtocolOrders.AppOrder, ProtocolOrders.Domain, ProtocolOrders.Key);

        Assert.That(OrderSigning.Verify(signed, ProtocolOrders.Domain, ProtocolOrders.App), Is.False);
    }
}

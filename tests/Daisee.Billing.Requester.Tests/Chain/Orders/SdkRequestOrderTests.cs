using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Orders;

/// <summary>iexec-protocol.md §4.6, "SDK 9.0.1 createRequestorder + signRequestorder path" (forced TDX tag, random salt).</summary>
public class SdkRequestOrderTests
{
    private static readonly RequestOrder SdkOrder = ProtocolOrders.RequestOrder with
    {
        Dataset = default,
        Tag = Hash32.FromBigInteger(9),
        Params = """{"iexec_result_storage_provider":"ipfs","iexec_args":"hello world"}""",
        Salt = Hash32.Parse("0x060f99f063c0c08ae9e1abd375bf79be5b252eed371ab5ee196df6cb6ecd5342"),
    };

    [Test]
    public void Hash_SdkSignedRequest_MatchesReference()
    {
        Assert.That(
            OrderSigning.Hash(SdkOrder, ProtocolOrders.Domain),
            Is.EqualTo(Hash32.Parse("0x5d363fc64a78a617b6a3638e168fe5e51386c5a613977d5487f573533ce6e581")));
    }

    [Test]
    public void Sign_SdkSignedRequest_MatchesReference()
    {
        Assert.That(
            OrderSigning.Sign(SdkOrder, ProtocolOrders.Domain, ProtocolOrders.Key).SignHex,
            Is.EqualTo("0x1fd6f8822bb15f375261554a16c69f9d0b5cb88c93580f3b036c12bfb3ef513529f95182c98be8f792965063841ff379a9a07eb687635dfbbffece0aa54804511b"));
    }
}

using System.Collections.Specialized;
using System.Numerics;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Iexec.LocalStack;

namespace Daisee.Billing.Requester.Tests.Iexec.LocalStack;

/// <summary>
/// The market API's list filters (iexec-protocol.md §6.1): a restriction parameter absent = unrestricted orders
/// only, an address = that address or unrestricted, <c>isXxxStrict</c> = exactly it, <c>any</c> = no filter;
/// <c>minTag</c> bits all present, no bit outside <c>maxTag</c>; <c>minVolume</c> against the remaining volume.
/// </summary>
public sealed class MarketQueryTests
{
    private static readonly Address App = Address.Parse("0x1111111111111111111111111111111111111111");
    private static readonly Address Buyer = Address.Parse("0x2222222222222222222222222222222222222222");
    private static readonly Address Other = Address.Parse("0x3333333333333333333333333333333333333333");

    [TestCase("zero", "", true)]
    [TestCase("buyer", "", false)]
    [TestCase("zero", "requester=0x2222222222222222222222222222222222222222", true)]
    [TestCase("buyer", "requester=0x2222222222222222222222222222222222222222", true)]
    [TestCase("other", "requester=0x2222222222222222222222222222222222222222", false)]
    [TestCase("zero", "requester=0x2222222222222222222222222222222222222222&isRequesterStrict=true", false)]
    [TestCase("buyer", "requester=0x2222222222222222222222222222222222222222&isRequesterStrict=true", true)]
    [TestCase("other", "requester=any", true)]
    public void Reject_RequesterRestriction_FollowsTheApiSemantics(string restrict, string query, bool listed)
    {
        var requester = restrict switch { "buyer" => Buyer, "other" => Other, _ => Address.Zero };
        var order = Order(default, requester);

        Assert.That(MarketQuery.App.Reject(order, 1, Query(query)) is null, Is.EqualTo(listed));
    }

    [TestCase("0x9", "minTag=0x1", true)]
    [TestCase("0x9", "minTag=0x9", true)]
    [TestCase("0x1", "minTag=0x9", false)]
    [TestCase("0x9", "maxTag=0x1", false)]
    [TestCase("0x9", "maxTag=0xb", true)]
    [TestCase("0x0", "maxTag=0x0", true)]
    [TestCase("0x1", "maxTag=0x0", false)]
    public void Reject_Tags_MinTagBitsPresentAndNoBitOutsideMaxTag(string tag, string query, bool listed)
    {
        Assert.That(MarketQuery.App.Reject(Order(IexecTags.Parse(tag), Address.Zero), 1, Query(query)) is null, Is.EqualTo(listed));
    }

    [Test]
    public void Reject_OtherAppOrTooLittleVolume_NamesTheFilter()
    {
        var order = Order(default, Address.Zero);

        Assert.That(MarketQuery.App.Reject(order, 1, Query("app=" + Other.ToLowerHex())), Is.EqualTo("app"));
        Assert.That(MarketQuery.App.Reject(order, 1, Query("app=" + App.ToLowerHex())), Is.Null);
        Assert.That(MarketQuery.App.Reject(order, 1, Query("minVolume=2")), Is.EqualTo("minVolume"));
        Assert.That(MarketQuery.App.Reject(order, 2, Query("minVolume=2")), Is.Null);
    }

    private static JsonObject Order(Hash32 tag, Address requester) =>
        MarketOrderJson.Write(new SignedOrder<AppOrder>(new AppOrder(App, 5, 10, tag, default, default, requester, default), []));

    private static NameValueCollection Query(string text)
    {
        var query = new NameValueCollection();
        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=');
            query[parts[0]] = parts[1];
        }

        return query;
    }
}

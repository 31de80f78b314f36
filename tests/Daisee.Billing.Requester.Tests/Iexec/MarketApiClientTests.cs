using System.Numerics;
using System.Text;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;
using Nethereum.Signer;
using Daisee.Billing.Requester.Chain.Orders;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Iexec.LocalStack;
using Daisee.Billing.Requester.Tests.Iexec.LocalStack;

namespace Daisee.Billing.Requester.Tests.Iexec;

/// <summary>The market API read side and <see cref="MarketOrderBook"/> against a loopback server answering as api.market does.</summary>
public sealed class MarketApiClientTests
{
    private static readonly BigInteger ChainId = 42161;
    private static readonly Address Hub = Address.Parse("0x098bfcb1e50ebca0baa92c12ea0c3f045a1ad9f0");
    private static readonly Address App = Address.Parse("0x1111111111111111111111111111111111111111");
    private static readonly Address Pool = Address.Parse("0x2222222222222222222222222222222222222222");
    private static readonly Address Requester = Address.Parse("0x3333333333333333333333333333333333333333");
    private static readonly Address Dataset = Address.Parse("0x4444444444444444444444444444444444444444");
    private static readonly HttpClient Http = new();
    private LoopbackFileServer _server = null!;

    [SetUp]
    public void Start() => _server = new LoopbackFileServer();

    [TearDown]
    public void Stop() => _server.Dispose();

    [Test]
    public async Task GetWorkerpoolOrders_MarketAnswer_OrderAndSignatureReadBack()
    {
        var signed = PoolOrder(IexecTags.Tdx, 25);
        Serve("workerpoolorders", (signed, 1));

        var orders = await new MarketApiClient(Http, _server.BaseAddress).GetWorkerpoolOrdersAsync(ChainId, 0, MarketFilter.None, CancellationToken.None);

        Assert.That(orders, Has.Length.EqualTo(1));
        Assert.That(orders[0].Order.Order, Is.EqualTo(signed.Order));
        Assert.That(orders[0].Remaining, Is.EqualTo(BigInteger.One));
        Assert.That(OrderSigning.Verify(orders[0].Order, IexecDomain.For(ChainId, Hub), TestAccounts.Scheduler.Address), Is.True);
    }

    [Test]
    public async Task OrderBook_StandardAndTdxOrders_PicksTheFirstCoveringTheTdxTag()
    {
        Serve("workerpoolorders", (PoolOrder(default, 1), 1), (PoolOrder(IexecTags.Tdx, 5), 0), (PoolOrder(IexecTags.Tdx, 7), 3));
        var book = new MarketOrderBook(new MarketApiClient(Http, _server.BaseAddress), ChainId, null);

        var order = await book.GetWorkerpoolOrderAsync(0, App, Dataset, Requester, IexecTags.Tdx, CancellationToken.None);

        Assert.That(order.Order.WorkerpoolPrice, Is.EqualTo(new BigInteger(7)), "the standard order lacks the tag, the 5 nRLC one is used up");
    }

    [Test]
    public async Task OrderBook_NoAppOrder_SaysWhoMustPublishOne()
    {
        Serve("apporders");
        var book = new MarketOrderBook(new MarketApiClient(Http, _server.BaseAddress), ChainId, null);

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => book.GetAppOrderAsync(App, Requester, default, CancellationToken.None));

        Assert.That(e!.Message, Does.Contain("No open app order").And.Contain(App.ToString()).And.Contain("daisee-request app publish --price"));
    }

    [Test]
    public async Task GetAppOrders_MarketAnswersNotOk_FormatErrorQuotesTheAnswer()
    {
        _server.Put("/apporders", Encoding.UTF8.GetBytes("""{"ok":false,"error":"chainId not supported"}"""));

        var e = await Assert.ThrowsAsync<FormatException>(() =>
            new MarketApiClient(Http, _server.BaseAddress).GetAppOrdersAsync(ChainId, App, MarketFilter.None, CancellationToken.None));

        Assert.That(e!.Message, Does.Contain("chainId not supported"));
    }

    private static SignedOrder<WorkerpoolOrder> PoolOrder(Hash32 tag, int price) =>
        OrderSigning.Sign(new WorkerpoolOrder(Pool, price, 1, tag, 0, 0, default, default, default, Hash32.FromBigInteger(price)),
            IexecDomain.For(ChainId, Hub), TestAccounts.Scheduler);

    private void Serve(string kind, params (SignedOrder<WorkerpoolOrder> Order, int Remaining)[] orders)
    {
        var list = new JsonArray();
        foreach (var (order, remaining) in orders)
        {
            list.Add(new JsonObject
            {
                ["orderHash"] = OrderSigning.Hash(order.Order, IexecDomain.For(ChainId, Hub)).ToString(),
                ["remaining"] = remaining,
                ["status"] = "open",
                ["signer"] = TestAccounts.Scheduler.Address.ToLowerHex(),
                ["order"] = MarketOrderJson.Write(order),
            });
        }

        _server.Put("/" + kind, Encoding.UTF8.GetBytes(new JsonObject { ["ok"] = true, ["orders"] = list, ["count"] = list.Count }.ToJsonString()));
    }
}

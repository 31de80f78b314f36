using System.Text;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;

namespace Daisee.Billing.Requester.Iexec.LocalStack;

/// <summary>
/// The local stack's market API on the <see cref="LoopbackFileServer"/>: <c>/apporders</c> and
/// <c>/workerpoolorders</c> answer (whatever the query) one open order each, signed by their owners
/// through the <see cref="LocalOrderBook"/>, in the shape <see cref="MarketApiClient"/> reads.
/// </summary>
public sealed class LocalMarket(LoopbackFileServer files, LocalOrderBook orders, PocoClient poco, Address appOwner, Address scheduler)
{
    /// <summary>Signs a fresh app order and workerpool order (volume 1: one per deal) for <paramref name="app"/> and publishes them.</summary>
    public async Task PublishAsync(Address app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var appOrder = await orders.GetAppOrderAsync(app, Address.Zero, default, cancellationToken);
        var workerpoolOrder = await orders.GetWorkerpoolOrderAsync(0, app, Address.Zero, Address.Zero, default, cancellationToken);
        files.Put("/apporders", Answer(appOrder, appOwner));
        files.Put("/workerpoolorders", Answer(workerpoolOrder, scheduler));
    }

    private byte[] Answer<TOrder>(SignedOrder<TOrder> order, Address signer)
        where TOrder : IOrder
    {
        var entry = new JsonObject
        {
            ["orderHash"] = OrderSigning.Hash(order.Order, poco.Domain).ToString(),
            ["remaining"] = 1,
            ["status"] = "open",
            ["signer"] = signer.ToChecksumString(),
            ["order"] = MarketOrderJson.Write(order),
        };
        var answer = new JsonObject { ["ok"] = true, ["count"] = 1, ["orders"] = new JsonArray(entry) };
        return Encoding.UTF8.GetBytes(answer.ToJsonString());
    }
}

using System.Numerics;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// Orders from the iExec market API: the cheapest open app order and workerpool order that accept
/// this requester (and dataset, and tag), optionally only from <paramref name="workerpool"/>.
/// </summary>
public sealed class MarketOrderBook(MarketApiClient market, BigInteger chainId, Address? workerpool) : IOrderBook
{
    /// <inheritdoc />
    public async Task<SignedOrder<AppOrder>> GetAppOrderAsync(Address app, Address requester, Hash32 tag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(market);
        var orders = await market.GetAppOrdersAsync(chainId, app, new MarketFilter(Requester: requester, Workerpool: workerpool), cancellationToken);
        return orders.FirstOrDefault(o => o.Remaining > 0 && Covers(o.Order.Order.Tag, tag))?.Order
            ?? throw new InvalidOperationException($"No open app order for {app} on the market (chain {chainId}): ask the app owner to publish one (daisee-request app publish --price <nRLC>).");
    }

    /// <inheritdoc />
    public async Task<SignedOrder<WorkerpoolOrder>> GetWorkerpoolOrderAsync(
        BigInteger category, Address app, Address dataset, Address requester, Hash32 tag, CancellationToken cancellationToken)
    {
        var filter = new MarketFilter(app, dataset, workerpool, requester, tag == default ? null : tag);
        var orders = await market.GetWorkerpoolOrdersAsync(chainId, category, filter, cancellationToken);
        return orders.FirstOrDefault(o => o.Remaining > 0 && Covers(o.Order.Order.Tag, tag))?.Order
            ?? throw new InvalidOperationException(
                $"No open workerpool order of category {category} with tag {tag} on the market (chain {chainId}){(workerpool is { } w ? $" from {w}" : string.Empty)}: try later or another category.");
    }

    /// <summary>An order's tag must hold every bit the request asks for.</summary>
    private static bool Covers(Hash32 offered, Hash32 wanted)
    {
        var o = offered.ToArray();
        var w = wanted.ToArray();
        return o.Zip(w).All(p => (p.First & p.Second) == p.Second);
    }
}

using System.Numerics;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// Where the orders the provider does not sign come from: the app order (signed by the app owner)
/// and a workerpool order (signed by a scheduler). On Arbitrum it is the market API
/// (<see cref="MarketOrderBook"/>).
/// </summary>
public interface IOrderBook
{
    /// <summary>An app order for <paramref name="app"/> usable by <paramref name="requester"/> with <paramref name="tag"/>.</summary>
    Task<SignedOrder<AppOrder>> GetAppOrderAsync(Address app, Address requester, Hash32 tag, CancellationToken cancellationToken);

    /// <summary>A workerpool order of <paramref name="category"/> usable for this app, dataset and requester with <paramref name="tag"/>.</summary>
    Task<SignedOrder<WorkerpoolOrder>> GetWorkerpoolOrderAsync(
        BigInteger category, Address app, Address dataset, Address requester, Hash32 tag, CancellationToken cancellationToken);
}

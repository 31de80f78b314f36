using System.Numerics;
using System.Security.Cryptography;
using Daisee.Billing.Requester.Chain;
using Nethereum.Signer;
using Daisee.Billing.Requester.Chain.Orders;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// As the iExec SDK does: when the provider owns the app, it signs the app order itself (price 0,
/// volume 1, restricted to itself) instead of looking for one on the market. Everything else comes
/// from <paramref name="market"/>.
/// </summary>
public sealed class OwnAppOrderBook(PocoClient poco, EthECKey provider, IOrderBook market) : IOrderBook
{
    /// <inheritdoc />
    public async Task<SignedOrder<AppOrder>> GetAppOrderAsync(Address app, Address requester, Hash32 tag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poco);
        ArgumentNullException.ThrowIfNull(provider);
        if (await poco.OwnerOfAsync(app, cancellationToken) != provider.Address)
        {
            return await market.GetAppOrderAsync(app, requester, tag, cancellationToken);
        }

        var order = new AppOrder(app, 0, 1, tag, default, default, requester, new Hash32(RandomNumberGenerator.GetBytes(Hash32.Length)));
        return OrderSigning.Sign(order, poco.Domain, provider);
    }

    /// <inheritdoc />
    public Task<SignedOrder<WorkerpoolOrder>> GetWorkerpoolOrderAsync(
        BigInteger category, Address app, Address dataset, Address requester, Hash32 tag, CancellationToken cancellationToken) =>
        market.GetWorkerpoolOrderAsync(category, app, dataset, requester, tag, cancellationToken);
}

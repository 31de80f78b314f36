using System.Numerics;
using System.Security.Cryptography;
using Daisee.Billing.Requester.Chain;
using Nethereum.Signer;
using Daisee.Billing.Requester.Chain.Orders;
using Daisee.Billing.Requester.Iexec;

namespace Daisee.Billing.Requester.Iexec.LocalStack;

/// <summary>
/// The local stack's market: the app owner and the scheduler sign their orders on demand
/// (app 1 nRLC, workerpool 100 nRLC, trust 1), as they would publish them on the market API.
/// </summary>
public sealed class LocalOrderBook(PocoClient poco, Address workerpool, EthECKey appOwner, EthECKey scheduler) : IOrderBook
{
    public const int AppPrice = 1;

    public const int WorkerpoolPrice = 100;

    public Task<SignedOrder<AppOrder>> GetAppOrderAsync(Address app, Address requester, Hash32 tag, CancellationToken cancellationToken) =>
        Task.FromResult(OrderSigning.Sign(new AppOrder(app, AppPrice, 1000, tag, default, default, default, Salt()), poco.Domain, appOwner));

    public Task<SignedOrder<WorkerpoolOrder>> GetWorkerpoolOrderAsync(
        BigInteger category, Address app, Address dataset, Address requester, Hash32 tag, CancellationToken cancellationToken) =>
        Task.FromResult(OrderSigning.Sign(new WorkerpoolOrder(workerpool, WorkerpoolPrice, 1, tag, category, 1, default, default, default, Salt()), poco.Domain, scheduler));

    private static Hash32 Salt() => new(RandomNumberGenerator.GetBytes(Hash32.Length));
}

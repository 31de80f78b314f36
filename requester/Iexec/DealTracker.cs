using System.Collections.Immutable;
using System.Numerics;
using Daisee.Billing.Requester.Chain;
using Nethereum.Signer;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// What a requester needs, beyond <see cref="PocoClient"/>, to follow a deal instead of buying it again and to
/// end a task that missed its deadline: the deals of one bill (its <c>params</c> too), the predicted dataset
/// address, chain time, <c>initializeAndClaimArray</c> for a task never started, and the node checks made before
/// the first transaction (code at the hub, ETH for gas).
/// </summary>
public sealed class DealTracker(PocoClient poco)
{
    /// <summary>The hub this tracker reads.</summary>
    public Address Hub => poco.Deployment.Hub;

    /// <summary>The node's chain id.</summary>
    public BigInteger ChainId => poco.Node.ChainId;

    /// <summary><c>viewDeal</c>.</summary>
    public Task<DealView> ViewDealAsync(Hash32 dealId, CancellationToken cancellationToken) => poco.ViewDealAsync(dealId, cancellationToken);

    /// <summary>
    /// The deals of <paramref name="requester"/> for this app, dataset and request <c>params</c>, from the hub's
    /// <c>OrdersMatched</c> logs of the last <paramref name="blocks"/> blocks, oldest first.
    /// </summary>
    public async Task<ImmutableArray<DealView>> FindDealsAsync(
        Address requester, Address app, Address dataset, string parameters, ulong blocks, CancellationToken cancellationToken)
    {
        var latest = await poco.Node.BlockNumberAsync(cancellationToken);
        var deals = await poco.FindDealsAsync(requester, app, dataset, latest > blocks ? latest - blocks : 0, cancellationToken);
        return [.. deals.Where(d => d.Params == parameters)];
    }

    /// <summary>The address <c>createDataset</c> gives (or gave) this dataset: known before any transaction.</summary>
    public async Task<Address> PredictDatasetAsync(Address owner, string name, string url, Hash32 checksum, CancellationToken cancellationToken)
    {
        var call = PocoAbi.DatasetRegistry.Encode("predictDataset", owner, name, System.Text.Encoding.UTF8.GetBytes(url), checksum);
        return PocoAbi.DatasetRegistry.Decode("predictDataset", await poco.Node.CallAsync(poco.Deployment.DatasetRegistry, call, cancellationToken)).Address();
    }

    /// <summary>The category's <c>workClockTimeRef</c> in seconds.</summary>
    public async Task<BigInteger> WorkClockTimeRefAsync(BigInteger category, CancellationToken cancellationToken) =>
        (await poco.ViewCategoryAsync(category, cancellationToken)).WorkClockTimeRef;

    /// <summary>
    /// Ends a task past its final deadline: <c>claim</c> for an ACTIVE or REVEALING task, <c>initializeAndClaimArray</c>
    /// for one no scheduler ever started. The sponsor's price is unlocked in its escrow.
    /// </summary>
    public Task<TransactionOutcome> ClaimAsync(EthECKey sender, Hash32 dealId, BigInteger index, bool initialized, CancellationToken cancellationToken) =>
        initialized
            ? poco.ClaimAsync(sender, PocoClient.TaskId(dealId, index), cancellationToken)
            : poco.Node.SendAsync(sender, Hub, PocoAbi.Hub.Encode("initializeAndClaimArray", new List<object?> { dealId }, new List<object?> { index }), cancellationToken);

    /// <summary>The latest block's timestamp (unix seconds): deadlines are compared to chain time, not the local clock.</summary>
    public async Task<BigInteger> ChainTimeAsync(CancellationToken cancellationToken)
    {
        var block = await poco.Node.RequestAsync("eth_getBlockByNumber", ["latest", false], cancellationToken);
        return new Nethereum.Hex.HexTypes.HexBigInteger((string?)block?["timestamp"] ?? "0x0").Value;
    }

    /// <summary>True when the hub address holds contract code (<c>eth_getCode</c> non-empty).</summary>
    public async Task<bool> HubHasCodeAsync(CancellationToken cancellationToken) =>
        Hex.Decode((string?)await poco.Node.RequestAsync("eth_getCode", [Hub.ToString(), "latest"], cancellationToken) ?? "0x").Length > 0;

    /// <summary>The account's ETH balance in wei (gas money).</summary>
    public Task<BigInteger> EthBalanceAsync(Address account, CancellationToken cancellationToken) => poco.Node.GetBalanceAsync(account, cancellationToken);
}

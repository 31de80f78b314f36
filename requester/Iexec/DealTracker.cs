using System.Collections.Immutable;
using System.Numerics;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Abi;
using Daisee.Billing.Requester.Chain.Crypto;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// The hub reads and writes a requester needs to follow a deal instead of buying it again, and to end
/// a task that missed its deadline: <c>viewDeal</c>, the <c>OrdersMatched</c> logs, <c>viewCategory</c>,
/// <c>claim</c> / <c>initializeAndClaimArray</c>, and the node checks made before the first transaction
/// (code at the hub, ETH for gas).
/// </summary>
public sealed class DealTracker(IChainNode node, PocoDeployment deployment)
{
    private static readonly AbiFunction ViewCategory = AbiFunction.Parse("viewCategory(uint256 index) returns ((string,string,uint256))");
    private static readonly AbiFunction Claim = AbiFunction.Parse("claim(bytes32 taskid)");
    private static readonly AbiFunction InitializeAndClaim = AbiFunction.Parse("initializeAndClaimArray(bytes32[] dealids,uint256[] indexes) returns (bool)");

    /// <summary>The hub this tracker reads.</summary>
    public Address Hub => deployment.Hub;

    /// <summary>The node's chain id.</summary>
    public BigInteger ChainId => node.ChainId;

    /// <summary><c>viewDeal</c>.</summary>
    public async Task<DealView> ViewDealAsync(Hash32 dealId, CancellationToken cancellationToken) =>
        DealView.Decode(dealId, await node.CallAsync(deployment.Hub, PocoAbi.ViewDeal.EncodeCall(dealId), cancellationToken));

    /// <summary>
    /// The deals of <paramref name="requester"/> for this app, dataset and request <c>params</c>, from the hub's
    /// <c>OrdersMatched</c> logs of the last <paramref name="blocks"/> blocks (the event is not indexed: every
    /// deal in the range is read back with <c>viewDeal</c>), oldest first.
    /// </summary>
    public async Task<ImmutableArray<DealView>> FindDealsAsync(
        Address requester, Address app, Address dataset, string parameters, BigInteger blocks, CancellationToken cancellationToken)
    {
        var latest = Hex.DecodeQuantity((string?)await node.RequestAsync("eth_blockNumber", [], cancellationToken) ?? "0x0");
        var from = BigInteger.Max(BigInteger.Zero, latest - blocks);
        var filter = new JsonObject
        {
            ["address"] = deployment.Hub.ToString(),
            ["fromBlock"] = Hex.EncodeQuantity(from),
            ["toBlock"] = "latest",
            ["topics"] = new JsonArray(PocoAbi.OrdersMatched.Topic.ToString()),
        };
        var logs = await node.RequestAsync("eth_getLogs", [filter], cancellationToken) as JsonArray ?? [];
        var found = ImmutableArray.CreateBuilder<DealView>();
        foreach (var log in logs)
        {
            var data = Hex.Decode((string?)log?["data"] ?? "0x");
            var deal = await ViewDealAsync(new Hash32(data.AsSpan(0, Hash32.Length).ToArray()), cancellationToken);
            if (deal.Requester == requester && deal.App == app && deal.Dataset == dataset && deal.Params == parameters)
            {
                found.Add(deal);
            }
        }

        return found.ToImmutable();
    }

    /// <summary>The address <c>createDataset</c> gives (or gave) this dataset: known before any transaction.</summary>
    public async Task<Address> PredictDatasetAsync(Address owner, string name, string url, Hash32 checksum, CancellationToken cancellationToken) =>
        PocoAbi.PredictDataset.DecodeOutput(await node.CallAsync(deployment.DatasetRegistry,
            PocoAbi.PredictDataset.EncodeCall(owner, name, System.Text.Encoding.UTF8.GetBytes(url), checksum), cancellationToken)).GetAddress(0);

    /// <summary>The category's <c>workClockTimeRef</c> in seconds.</summary>
    public async Task<BigInteger> WorkClockTimeRefAsync(BigInteger category, CancellationToken cancellationToken) =>
        ViewCategory.DecodeOutput(await node.CallAsync(deployment.Hub, ViewCategory.EncodeCall(category), cancellationToken)).GetValues(0).GetInteger(2);

    /// <summary>
    /// Ends a task past its final deadline: <c>claim</c> for an ACTIVE or REVEALING task, <c>initializeAndClaimArray</c>
    /// for one no scheduler ever started. The sponsor's price is unlocked in its escrow.
    /// </summary>
    public async Task<TransactionOutcome> ClaimAsync(ISigner sender, Hash32 dealId, BigInteger index, bool initialized, CancellationToken cancellationToken) =>
        initialized
            ? await node.SendAsync(sender, deployment.Hub, Claim.EncodeCall(Chain.Orders.IexecIds.TaskId(dealId, index)), cancellationToken)
            : await node.SendAsync(sender, deployment.Hub, InitializeAndClaim.EncodeCall(new object[] { dealId }, new object[] { index }), cancellationToken);

    /// <summary>The latest block's timestamp (unix seconds): deadlines are compared to chain time, not the local clock.</summary>
    public async Task<BigInteger> ChainTimeAsync(CancellationToken cancellationToken)
    {
        var block = await node.RequestAsync("eth_getBlockByNumber", ["latest", false], cancellationToken);
        return Hex.DecodeQuantity((string?)block?["timestamp"] ?? "0x0");
    }

    /// <summary>True when the hub address holds contract code (<c>eth_getCode</c> non-empty).</summary>
    public async Task<bool> HubHasCodeAsync(CancellationToken cancellationToken) =>
        Hex.Decode((string?)await node.RequestAsync("eth_getCode", [deployment.Hub.ToString(), "latest"], cancellationToken) ?? "0x").Length > 0;

    /// <summary>The account's ETH balance in wei (gas money).</summary>
    public async Task<BigInteger> EthBalanceAsync(Address account, CancellationToken cancellationToken) =>
        Hex.DecodeQuantity((string?)await node.RequestAsync("eth_getBalance", [account.ToString(), "latest"], cancellationToken) ?? "0x0");
}

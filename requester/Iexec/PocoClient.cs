using System.Collections.Immutable;
using System.Numerics;
using System.Text;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Abi;
using Daisee.Billing.Requester.Chain.Orders;
using Nethereum.Contracts;
using Nethereum.Contracts.Standards.ERC20.ContractDefinition;
using Nethereum.Signer;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// The PoCo operations of a provider on one hub, encoded from PoCo's published ABIs
/// (<see cref="PocoAbi"/>): register assets (idempotently: an asset that <c>predict*</c> says
/// exists is reused), fund the escrow with RLC, match orders, find and read deals, tasks and
/// categories, claim a failed task. Amounts are nRLC (10^-9 RLC).
/// </summary>
public sealed class PocoClient(IChainNode node, PocoDeployment deployment)
{
    /// <summary>The node this client talks to.</summary>
    public IChainNode Node => node;

    /// <summary>The hub and its registries.</summary>
    public PocoDeployment Deployment => deployment;

    /// <summary>The EIP-712 domain orders are signed in.</summary>
    public IexecDomain Domain => IexecDomain.For(node.ChainId, deployment.Hub);

    /// <summary>Reads the token and registries from the hub.</summary>
    public static async Task<PocoDeployment> DiscoverAsync(IChainNode node, Address hub, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        async Task<Address> Read(string function) => PocoAbi.Hub.Decode(function, await node.CallAsync(hub, PocoAbi.Hub.Encode(function), cancellationToken)).Address();
        return new PocoDeployment(hub, await Read("token"), await Read("appregistry"), await Read("datasetregistry"), await Read("workerpoolregistry"));
    }

    /// <summary>Registers a Docker app (multiaddr = UTF-8 image reference, checksum = image digest, no mrenclave).</summary>
    public Task<Address> CreateAppAsync(EthECKey owner, string name, string image, Hash32 checksum, CancellationToken cancellationToken) =>
        CreateAsync(owner, deployment.AppRegistry, PocoAbi.AppRegistry, "App",
            [owner.Address, name, "DOCKER", Encoding.UTF8.GetBytes(image), checksum, Array.Empty<byte>()], cancellationToken);

    /// <summary>Registers a dataset (multiaddr = UTF-8 URL, checksum = sha256 of the file as served).</summary>
    public Task<Address> CreateDatasetAsync(EthECKey owner, string name, string url, Hash32 checksum, CancellationToken cancellationToken) =>
        CreateAsync(owner, deployment.DatasetRegistry, PocoAbi.DatasetRegistry, "Dataset",
            [owner.Address, name, Encoding.UTF8.GetBytes(url), checksum], cancellationToken);

    /// <summary>Registers a workerpool.</summary>
    public Task<Address> CreateWorkerpoolAsync(EthECKey owner, string description, CancellationToken cancellationToken) =>
        CreateAsync(owner, deployment.WorkerpoolRegistry, PocoAbi.WorkerpoolRegistry, "Workerpool", [owner.Address, description], cancellationToken);

    /// <summary>Moves <paramref name="amount"/> nRLC from the account's wallet into its hub escrow (approve + deposit).</summary>
    public async Task DepositAsync(EthECKey account, BigInteger amount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var approve = new ApproveFunction { Spender = deployment.Hub.ToLowerHex(), Value = amount };
        await node.SendAsync(account, deployment.Rlc, approve.GetCallData(), cancellationToken);
        await node.SendAsync(account, deployment.Hub, PocoAbi.Hub.Encode("deposit", amount), cancellationToken);
    }

    /// <summary>RLC transfer (nRLC).</summary>
    public Task TransferRlcAsync(EthECKey from, Address to, BigInteger amount, CancellationToken cancellationToken) =>
        node.SendAsync(from, deployment.Rlc, new TransferFunction { To = to.ToLowerHex(), Value = amount }.GetCallData(), cancellationToken);

    /// <summary>Sends <c>matchOrders</c> and returns the deal id read from <c>OrdersMatched</c>.</summary>
    public async Task<Hash32> MatchOrdersAsync(
        EthECKey sender, SignedOrder<AppOrder> app, SignedOrder<DatasetOrder> dataset, SignedOrder<WorkerpoolOrder> workerpool, SignedOrder<RequestOrder> request,
        CancellationToken cancellationToken)
    {
        var outcome = await node.SendAsync(sender, deployment.Hub, MatchOrdersCall.Encode(app, dataset, workerpool, request), cancellationToken);
        var matched = outcome.Logs.Where(l => l.Address == deployment.Hub)
            .Select(l => PocoAbi.Hub.DecodeEvent("OrdersMatched", l.Topics, l.Data)).FirstOrDefault(e => e is not null)
            ?? throw new InvalidOperationException($"matchOrders (transaction {outcome.Hash}) emitted no OrdersMatched event.");
        return matched.Hash("dealid");
    }

    /// <summary><c>viewDeal</c>; an unknown id gives a deal whose <see cref="DealView.Exists"/> is false.</summary>
    public async Task<DealView> ViewDealAsync(Hash32 dealId, CancellationToken cancellationToken) =>
        DealView.Decode(dealId, await node.CallAsync(deployment.Hub, PocoAbi.Hub.Encode("viewDeal", dealId), cancellationToken));

    /// <summary>
    /// The deals matched on the hub (from <c>OrdersMatched</c> logs from <paramref name="fromBlock"/> on) whose
    /// requester, app and dataset are the given ones (<see cref="Address.Zero"/> dataset = none), oldest first.
    /// </summary>
    public async Task<ImmutableArray<DealView>> FindDealsAsync(Address requester, Address app, Address dataset, ulong fromBlock, CancellationToken cancellationToken)
    {
        var logs = await node.GetLogsAsync(new LogQuery(deployment.Hub, [PocoAbi.Hub.Topic("OrdersMatched")], fromBlock), cancellationToken);
        var found = ImmutableArray.CreateBuilder<DealView>();
        foreach (var dealId in logs.Select(l => PocoAbi.Hub.DecodeEvent("OrdersMatched", l.Topics, l.Data)?.Hash("dealid")).OfType<Hash32>().Distinct())
        {
            var deal = await ViewDealAsync(dealId, cancellationToken);
            if (deal.Requester == requester && deal.App == app && deal.Dataset == dataset)
            {
                found.Add(deal);
            }
        }

        return found.ToImmutable();
    }

    /// <summary>The id of task <paramref name="index"/> (botFirst-based) of <paramref name="dealId"/>.</summary>
    public static Hash32 TaskId(Hash32 dealId, BigInteger index) => IexecIds.TaskId(dealId, index);

    /// <summary><c>claim(taskid)</c>: after the final deadline of an unfinished task, refunds the requester's locked funds.</summary>
    public Task<TransactionOutcome> ClaimAsync(EthECKey sender, Hash32 taskId, CancellationToken cancellationToken) =>
        node.SendAsync(sender, deployment.Hub, PocoAbi.Hub.Encode("claim", taskId), cancellationToken);

    /// <summary>
    /// <c>manageAppOrder(order, CLOSE, "")</c> from the app owner: the order's consumed volume becomes its volume,
    /// so no deal can match it any more.
    /// </summary>
    public Task<TransactionOutcome> CloseAppOrderAsync(EthECKey owner, SignedOrder<AppOrder> order, CancellationToken cancellationToken) =>
        CloseAsync(owner, "manageAppOrder", order, cancellationToken);

    /// <summary><c>manageDatasetOrder(order, CLOSE, "")</c> from the dataset owner.</summary>
    public Task<TransactionOutcome> CloseDatasetOrderAsync(EthECKey owner, SignedOrder<DatasetOrder> order, CancellationToken cancellationToken) =>
        CloseAsync(owner, "manageDatasetOrder", order, cancellationToken);

    /// <summary><c>viewTask</c>.</summary>
    public async Task<TaskView> ViewTaskAsync(Hash32 taskId, CancellationToken cancellationToken) =>
        TaskView.Decode(await node.CallAsync(deployment.Hub, PocoAbi.Hub.Encode("viewTask", taskId), cancellationToken));

    /// <summary><c>viewCategory</c> (e.g. the work clock time reference, for a default timeout).</summary>
    public async Task<CategoryView> ViewCategoryAsync(BigInteger id, CancellationToken cancellationToken)
    {
        var c = PocoAbi.Hub.Decode("viewCategory", await node.CallAsync(deployment.Hub, PocoAbi.Hub.Encode("viewCategory", id), cancellationToken)).Tuple();
        return new CategoryView(id, c.Text("name"), c.Text("description"), c.Number("workClockTimeRef"));
    }

    /// <summary><c>viewConsumed(orderHash)</c>: how much of an order's volume is used.</summary>
    public async Task<BigInteger> ViewConsumedAsync(Hash32 orderHash, CancellationToken cancellationToken) =>
        PocoAbi.Hub.Decode("viewConsumed", await node.CallAsync(deployment.Hub, PocoAbi.Hub.Encode("viewConsumed", orderHash), cancellationToken)).Number();

    /// <summary>The owner of an app, dataset or workerpool (ERC-5313 <c>owner()</c>).</summary>
    public async Task<Address> OwnerOfAsync(Address asset, CancellationToken cancellationToken) =>
        PocoAbi.App.Decode("owner", await node.CallAsync(asset, PocoAbi.App.Encode("owner"), cancellationToken)).Address();

    /// <summary>RLC held by <paramref name="account"/>'s wallet (nRLC), outside the escrow.</summary>
    public async Task<BigInteger> BalanceOfAsync(Address account, CancellationToken cancellationToken)
    {
        var data = await node.CallAsync(deployment.Rlc, new BalanceOfFunction { Owner = account.ToLowerHex() }.GetCallData(), cancellationToken);
        return new Nethereum.ABI.FunctionEncoding.FunctionCallDecoder().DecodeFunctionOutput<BalanceOfOutputDTO>(Hex.Encode(data)).Balance;
    }

    /// <summary><c>viewAccount</c> → (stake, locked) in nRLC.</summary>
    public async Task<(BigInteger Stake, BigInteger Locked)> ViewAccountAsync(Address account, CancellationToken cancellationToken)
    {
        var values = PocoAbi.Hub.Decode("viewAccount", await node.CallAsync(deployment.Hub, PocoAbi.Hub.Encode("viewAccount", account), cancellationToken)).Tuple();
        return (values.Number("stake"), values.Number("locked"));
    }

    private Task<TransactionOutcome> CloseAsync<TOrder>(EthECKey owner, string function, SignedOrder<TOrder> order, CancellationToken cancellationToken)
        where TOrder : IOrder
    {
        ArgumentNullException.ThrowIfNull(order);
        const int close = 1;
        object[] tuple = [.. order.Order.Values, order.Sign.IsDefault ? Array.Empty<byte>() : order.Sign.ToArray()];
        object[] operation = [tuple, new BigInteger(close), Array.Empty<byte>()];
        return node.SendAsync(owner, deployment.Hub, PocoAbi.Hub.Encode(function, (object)operation), cancellationToken);
    }

    private async Task<Address> CreateAsync(EthECKey owner, Address registry, ContractAbi abi, string kind, object?[] arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var address = abi.Decode("predict" + kind, await node.CallAsync(registry, abi.Encode("predict" + kind, arguments), cancellationToken)).Address();
        var registered = abi.Decode("isRegistered", await node.CallAsync(registry, abi.Encode("isRegistered", address), cancellationToken)).Bool();
        if (!registered)
        {
            await node.SendAsync(owner, registry, abi.Encode("create" + kind, arguments), cancellationToken);
        }

        return address;
    }
}

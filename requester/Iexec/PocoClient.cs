using System.Numerics;
using System.Text;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Abi;
using Daisee.Billing.Requester.Chain.Crypto;
using Daisee.Billing.Requester.Chain.Orders;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// The PoCo operations of a provider on one hub: register assets (idempotently: an asset that
/// <c>predict*</c> says exists is reused), fund the escrow with RLC, match orders, read deals
/// and tasks. Amounts are nRLC (10^-9 RLC).
/// </summary>
public sealed class PocoClient(IChainNode node, PocoDeployment deployment)
{
    private static readonly AbiFunction Owner = AbiFunction.Parse("owner() returns (address)");

    /// <summary>The EIP-712 domain orders are signed in.</summary>
    public Chain.Signing.Eip712Domain Domain => IexecDomain.For(node.ChainId, deployment.Hub);

    /// <summary>Reads the token and registries from the hub.</summary>
    public static async Task<PocoDeployment> DiscoverAsync(IChainNode node, Address hub, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        async Task<Address> Read(AbiFunction f) => f.DecodeOutput(await node.CallAsync(hub, f.EncodeCall(), cancellationToken)).GetAddress(0);
        return new PocoDeployment(hub, await Read(PocoAbi.Token), await Read(PocoAbi.AppRegistry), await Read(PocoAbi.DatasetRegistry), await Read(PocoAbi.WorkerpoolRegistry));
    }

    /// <summary>Registers a Docker app (multiaddr = UTF-8 image reference, checksum = image digest, no mrenclave).</summary>
    public Task<Address> CreateAppAsync(ISigner owner, string name, string image, Hash32 checksum, CancellationToken cancellationToken) =>
        CreateAsync(owner, deployment.AppRegistry, PocoAbi.PredictApp, PocoAbi.CreateApp,
            [owner.Address, name, "DOCKER", Encoding.UTF8.GetBytes(image), checksum, Array.Empty<byte>()], cancellationToken);

    /// <summary>Registers a dataset (multiaddr = UTF-8 URL, checksum = sha256 of the file as served).</summary>
    public Task<Address> CreateDatasetAsync(ISigner owner, string name, string url, Hash32 checksum, CancellationToken cancellationToken) =>
        CreateAsync(owner, deployment.DatasetRegistry, PocoAbi.PredictDataset, PocoAbi.CreateDataset,
            [owner.Address, name, Encoding.UTF8.GetBytes(url), checksum], cancellationToken);

    /// <summary>Registers a workerpool.</summary>
    public Task<Address> CreateWorkerpoolAsync(ISigner owner, string description, CancellationToken cancellationToken) =>
        CreateAsync(owner, deployment.WorkerpoolRegistry, PocoAbi.PredictWorkerpool, PocoAbi.CreateWorkerpool,
            [owner.Address, description], cancellationToken);

    /// <summary>Moves <paramref name="amount"/> nRLC from the account's wallet into its hub escrow (approve + deposit).</summary>
    public async Task DepositAsync(ISigner account, BigInteger amount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        await node.SendAsync(account, deployment.Rlc, PocoAbi.Approve.EncodeCall(deployment.Hub, amount), cancellationToken);
        await node.SendAsync(account, deployment.Hub, PocoAbi.Deposit.EncodeCall(amount), cancellationToken);
    }

    /// <summary>RLC transfer (nRLC).</summary>
    public Task TransferRlcAsync(ISigner from, Address to, BigInteger amount, CancellationToken cancellationToken) =>
        node.SendAsync(from, deployment.Rlc, PocoAbi.Transfer.EncodeCall(to, amount), cancellationToken);

    /// <summary>Sends <c>matchOrders</c> and returns the deal id read from <c>OrdersMatched</c>.</summary>
    public async Task<Hash32> MatchOrdersAsync(
        ISigner sender, SignedOrder<AppOrder> app, SignedOrder<DatasetOrder> dataset, SignedOrder<WorkerpoolOrder> workerpool, SignedOrder<RequestOrder> request,
        CancellationToken cancellationToken)
    {
        var outcome = await node.SendAsync(sender, deployment.Hub, MatchOrdersCall.Encode(app, dataset, workerpool, request), cancellationToken);
        var matched = outcome.Logs.FirstOrDefault(l => l.Address == deployment.Hub && PocoAbi.OrdersMatched.Matches(l.Topics))
            ?? throw new InvalidOperationException($"matchOrders (transaction {outcome.Hash}) emitted no OrdersMatched event.");
        return PocoAbi.OrdersMatched.Decode(matched.Topics, matched.Data.AsSpan()).GetHash32(0);
    }

    /// <summary><c>viewTask</c>.</summary>
    public async Task<TaskView> ViewTaskAsync(Hash32 taskId, CancellationToken cancellationToken) =>
        TaskView.Decode(await node.CallAsync(deployment.Hub, PocoAbi.ViewTask.EncodeCall(taskId), cancellationToken));

    /// <summary>The owner of an app, dataset or workerpool (ERC-5313 <c>owner()</c>).</summary>
    public async Task<Address> OwnerOfAsync(Address asset, CancellationToken cancellationToken) =>
        Owner.DecodeOutput(await node.CallAsync(asset, Owner.EncodeCall(), cancellationToken)).GetAddress(0);

    /// <summary>RLC held by <paramref name="account"/>'s wallet (nRLC), outside the escrow.</summary>
    public async Task<BigInteger> BalanceOfAsync(Address account, CancellationToken cancellationToken) =>
        PocoAbi.BalanceOf.DecodeOutput(await node.CallAsync(deployment.Rlc, PocoAbi.BalanceOf.EncodeCall(account), cancellationToken)).GetInteger(0);

    /// <summary><c>viewAccount</c> → (stake, locked) in nRLC.</summary>
    public async Task<(BigInteger Stake, BigInteger Locked)> ViewAccountAsync(Address account, CancellationToken cancellationToken)
    {
        var values = PocoAbi.ViewAccount.DecodeOutput(await node.CallAsync(deployment.Hub, PocoAbi.ViewAccount.EncodeCall(account), cancellationToken)).GetValues(0);
        return (values.GetInteger(0), values.GetInteger(1));
    }

    private async Task<Address> CreateAsync(ISigner owner, Address registry, AbiFunction predict, AbiFunction create, object?[] arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var address = predict.DecodeOutput(await node.CallAsync(registry, predict.EncodeCall(arguments), cancellationToken)).GetAddress(0);
        var registered = PocoAbi.IsRegistered.DecodeOutput(await node.CallAsync(registry, PocoAbi.IsRegistered.EncodeCall(address), cancellationToken)).GetBool(0);
        if (!registered)
        {
            await node.SendAsync(owner, registry, create.EncodeCall(arguments), cancellationToken);
        }

        return address;
    }
}

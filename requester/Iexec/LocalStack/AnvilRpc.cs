using System.Numerics;
using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec.LocalStack;

/// <summary>
/// Development-node helpers (anvil; the <c>evm_*</c> ones also work on hardhat) for tests and the
/// local stack, over <see cref="IChainNode.RequestAsync"/>: snapshots, mining, time, balances.
/// Never used against a real chain.
/// </summary>
public sealed class AnvilRpc(IChainNode node)
{
    /// <summary><c>evm_snapshot</c>: an id to pass to <see cref="RevertAsync"/>.</summary>
    public async Task<string> SnapshotAsync(CancellationToken cancellationToken) =>
        (string?)await node.RequestAsync("evm_snapshot", [], cancellationToken) ?? throw new FormatException("evm_snapshot returned no id.");

    /// <summary><c>evm_revert</c> to a snapshot (which is consumed: take a new one to revert again).</summary>
    public async Task<bool> RevertAsync(string snapshotId, CancellationToken cancellationToken) =>
        (bool?)await node.RequestAsync("evm_revert", [snapshotId], cancellationToken) ?? false;

    /// <summary><c>evm_mine</c>: mines one block.</summary>
    public Task MineAsync(CancellationToken cancellationToken) => node.RequestAsync("evm_mine", [], cancellationToken);

    /// <summary><c>evm_increaseTime</c> by <paramref name="seconds"/>, applied to the next block.</summary>
    public Task IncreaseTimeAsync(long seconds, CancellationToken cancellationToken) =>
        node.RequestAsync("evm_increaseTime", [seconds], cancellationToken);

    /// <summary><c>evm_setAutomine</c>: mine each transaction as it arrives (true) or only on <see cref="MineAsync"/>.</summary>
    public Task SetAutomineAsync(bool enabled, CancellationToken cancellationToken) =>
        node.RequestAsync("evm_setAutomine", [enabled], cancellationToken);

    /// <summary><c>anvil_setBalance</c> in wei.</summary>
    public Task SetBalanceAsync(Address address, BigInteger wei, CancellationToken cancellationToken) =>
        node.RequestAsync("anvil_setBalance", [address.ToLowerHex(), new Nethereum.Hex.HexTypes.HexBigInteger(wei).HexValue], cancellationToken);
}

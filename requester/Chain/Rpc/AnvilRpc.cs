using System.Numerics;
using System.Text.Json;

namespace Daisee.Billing.Requester.Chain.Rpc;

/// <summary>
/// Development-node helpers (anvil; the <c>evm_*</c> ones also work on hardhat) for tests and
/// the local stack: snapshots, mining, time travel, balances, impersonation, state dumps.
/// Never used against a real chain.
/// </summary>
public sealed class AnvilRpc(JsonRpcClient client)
{
    private readonly JsonRpcClient _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary><c>evm_snapshot</c>: an id to pass to <see cref="RevertAsync"/>.</summary>
    public async Task<string> SnapshotAsync(CancellationToken cancellationToken)
    {
        var result = await _client.SendAsync("evm_snapshot", [], cancellationToken).ConfigureAwait(false);
        return result.GetString() ?? throw new FormatException("evm_snapshot returned no id.");
    }

    /// <summary><c>evm_revert</c> to a snapshot (which is consumed: take a new one to revert again).</summary>
    public async Task<bool> RevertAsync(string snapshotId, CancellationToken cancellationToken)
    {
        var result = await _client.SendAsync("evm_revert", [snapshotId], cancellationToken).ConfigureAwait(false);
        return result.ValueKind == JsonValueKind.True;
    }

    /// <summary><c>evm_mine</c>: mines one block.</summary>
    public Task MineAsync(CancellationToken cancellationToken) => _client.SendAsync("evm_mine", [], cancellationToken);

    /// <summary><c>evm_increaseTime</c> by <paramref name="seconds"/>, applied to the next block.</summary>
    public Task IncreaseTimeAsync(long seconds, CancellationToken cancellationToken) =>
        _client.SendAsync("evm_increaseTime", [seconds], cancellationToken);

    /// <summary><c>evm_setNextBlockTimestamp</c> (Unix seconds).</summary>
    public Task SetNextBlockTimestampAsync(BigInteger unixSeconds, CancellationToken cancellationToken) =>
        _client.SendAsync("evm_setNextBlockTimestamp", [Hex.EncodeQuantity(unixSeconds)], cancellationToken);

    /// <summary><c>evm_setAutomine</c>: mine each transaction as it arrives (true) or only on <see cref="MineAsync"/>.</summary>
    public Task SetAutomineAsync(bool enabled, CancellationToken cancellationToken) =>
        _client.SendAsync("evm_setAutomine", [enabled], cancellationToken);

    /// <summary><c>anvil_setBalance</c> in wei.</summary>
    public Task SetBalanceAsync(Address address, BigInteger wei, CancellationToken cancellationToken) =>
        _client.SendAsync("anvil_setBalance", [address.ToLowerHex(), Hex.EncodeQuantity(wei)], cancellationToken);

    /// <summary><c>anvil_setCode</c>: replaces an account's runtime code.</summary>
    public Task SetCodeAsync(Address address, ReadOnlyMemory<byte> code, CancellationToken cancellationToken) =>
        _client.SendAsync("anvil_setCode", [address.ToLowerHex(), Hex.Encode(code.Span)], cancellationToken);

    /// <summary><c>anvil_impersonateAccount</c>: the node then accepts <c>eth_sendTransaction</c> from it unsigned.</summary>
    public Task ImpersonateAccountAsync(Address address, CancellationToken cancellationToken) =>
        _client.SendAsync("anvil_impersonateAccount", [address.ToLowerHex()], cancellationToken);

    /// <summary><c>anvil_stopImpersonatingAccount</c>.</summary>
    public Task StopImpersonatingAccountAsync(Address address, CancellationToken cancellationToken) =>
        _client.SendAsync("anvil_stopImpersonatingAccount", [address.ToLowerHex()], cancellationToken);

    /// <summary><c>anvil_dumpState</c>: the whole chain state as hex (load it with <see cref="LoadStateAsync"/> or <c>anvil --load-state</c>).</summary>
    public async Task<string> DumpStateAsync(CancellationToken cancellationToken)
    {
        var result = await _client.SendAsync("anvil_dumpState", [], cancellationToken).ConfigureAwait(false);
        return result.GetString() ?? throw new FormatException("anvil_dumpState returned no state.");
    }

    /// <summary><c>anvil_loadState</c> from a <see cref="DumpStateAsync"/> result.</summary>
    public Task LoadStateAsync(string state, CancellationToken cancellationToken) =>
        _client.SendAsync("anvil_loadState", [state], cancellationToken);
}

using System.Collections.Immutable;
using System.Numerics;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;
using Nethereum.Signer;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// The requester's one view of an EVM node (iExec, governance, the local stack): read calls,
/// signed transactions that wait for their receipt (and fail with the decoded revert reason as a
/// <see cref="TransactionRevertedException"/>), logs, and raw requests for node extras
/// (<c>evm_snapshot</c>…). <see cref="ChainRpcNode"/> implements it on Nethereum.
/// </summary>
public interface IChainNode
{
    /// <summary>The node's chain id (EIP-155).</summary>
    BigInteger ChainId { get; }

    /// <summary><c>eth_call</c> at the latest block; a revert is a <see cref="TransactionRevertedException"/>.</summary>
    Task<byte[]> CallAsync(Address to, byte[] data, CancellationToken cancellationToken);

    /// <summary>Signs and sends a transaction from <paramref name="from"/> (null <paramref name="to"/> deploys), then waits for it to be mined.</summary>
    Task<TransactionOutcome> SendAsync(EthECKey from, Address? to, byte[] data, CancellationToken cancellationToken) =>
        SendAsync(from, to, data, BigInteger.Zero, cancellationToken);

    /// <summary>The same, moving <paramref name="valueWei"/> of the native coin.</summary>
    Task<TransactionOutcome> SendAsync(EthECKey from, Address? to, byte[] data, BigInteger valueWei, CancellationToken cancellationToken);

    /// <summary><c>eth_getLogs</c>.</summary>
    Task<ImmutableArray<LogEntry>> GetLogsAsync(LogQuery query, CancellationToken cancellationToken);

    /// <summary>The latest block number.</summary>
    Task<ulong> BlockNumberAsync(CancellationToken cancellationToken);

    /// <summary>Native balance in wei.</summary>
    Task<BigInteger> GetBalanceAsync(Address account, CancellationToken cancellationToken);

    /// <summary>Any other JSON-RPC method; returns its <c>result</c>.</summary>
    Task<JsonNode?> RequestAsync(string method, JsonArray parameters, CancellationToken cancellationToken);
}

using System.Numerics;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Crypto;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// The narrow view of an EVM node the iExec layer needs: read calls, signed transactions that
/// wait for their receipt (and fail with the decoded revert reason), and raw requests for node
/// extras (<c>evm_snapshot</c>…). <see cref="ChainRpcNode"/> implements it over <c>Chain/Rpc</c>.
/// </summary>
public interface IChainNode
{
    /// <summary>The node's chain id (EIP-155).</summary>
    BigInteger ChainId { get; }

    /// <summary><c>eth_call</c> at the latest block; a revert is a <see cref="TransactionRevertedException"/>.</summary>
    Task<byte[]> CallAsync(Address to, byte[] data, CancellationToken cancellationToken);

    /// <summary>Signs and sends a transaction from <paramref name="from"/> (null <paramref name="to"/> deploys), then waits for it to be mined.</summary>
    Task<TransactionOutcome> SendAsync(ISigner from, Address? to, byte[] data, CancellationToken cancellationToken);

    /// <summary>Any other JSON-RPC method; returns its <c>result</c>.</summary>
    Task<JsonNode?> RequestAsync(string method, JsonArray parameters, CancellationToken cancellationToken);
}

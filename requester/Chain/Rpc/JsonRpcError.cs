using Daisee.Billing.Requester.Chain.Abi;

namespace Daisee.Billing.Requester.Chain.Rpc;

/// <summary>
/// A JSON-RPC error object. <see cref="Data"/> is the raw JSON of <c>error.data</c>;
/// <see cref="Revert"/> is set when the node reports an EVM revert (code 3 or an
/// "execution reverted" message), decoded from the hex revert data.
/// </summary>
public sealed record JsonRpcError(int Code, string Message, string? Data, RevertReason? Revert);

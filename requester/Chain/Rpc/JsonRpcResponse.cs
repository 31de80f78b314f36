using System.Text.Json;

namespace Daisee.Billing.Requester.Chain.Rpc;

/// <summary>Either a result or an error, for callers that expect errors (e.g. replaying a reverted call).</summary>
public sealed record JsonRpcResponse(JsonElement Result, JsonRpcError? Error)
{
    /// <summary>True when the call returned a result.</summary>
    public bool Succeeded => Error is null;
}

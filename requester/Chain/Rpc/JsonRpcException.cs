using Daisee.Billing.Requester.Chain.Abi;

namespace Daisee.Billing.Requester.Chain.Rpc;

/// <summary>A JSON-RPC call answered with an error; <see cref="Error"/> holds the code, message and decoded revert reason.</summary>
public sealed class JsonRpcException : Exception
{
    /// <summary>An exception for <paramref name="error"/> returned by <paramref name="method"/>.</summary>
    public JsonRpcException(string method, JsonRpcError error)
        : base(Describe(method, error))
    {
        Method = method;
        Error = error;
    }

    /// <summary>Standard constructor.</summary>
    public JsonRpcException()
        : this("unknown", new JsonRpcError(0, "JSON-RPC error", null, null))
    {
    }

    /// <summary>Standard constructor.</summary>
    public JsonRpcException(string message)
        : base(message)
    {
        Method = "unknown";
        Error = new JsonRpcError(0, message, null, null);
    }

    /// <summary>Standard constructor.</summary>
    public JsonRpcException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "unknown";
        Error = new JsonRpcError(0, message, null, null);
    }

    /// <summary>The JSON-RPC method that failed.</summary>
    public string Method { get; }

    /// <summary>The error object.</summary>
    public JsonRpcError Error { get; }

    /// <summary>The decoded revert reason, when the node reported a revert.</summary>
    public RevertReason? Revert => Error.Revert;

    private static string Describe(string method, JsonRpcError error)
    {
        var text = $"{method} failed ({error.Code}): {error.Message}";
        return error.Revert is { Kind: not RevertReasonKind.Empty } revert && !error.Message.Contains(revert.Message, StringComparison.Ordinal)
            ? $"{text} [{revert.Message}]"
            : text;
    }
}

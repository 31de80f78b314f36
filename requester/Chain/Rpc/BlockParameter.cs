using System.Numerics;

namespace Daisee.Billing.Requester.Chain.Rpc;

/// <summary>A block selector for JSON-RPC: a tag (<c>latest</c>, <c>pending</c>…) or a number. <c>default</c> is <c>latest</c>.</summary>
public readonly record struct BlockParameter
{
    private readonly string? _tag;
    private readonly BigInteger? _number;

    private BlockParameter(string? tag, BigInteger? number)
    {
        _tag = tag;
        _number = number;
    }

    /// <summary>The latest mined block.</summary>
    public static BlockParameter Latest => new("latest", null);

    /// <summary>The pending state (includes the node's mempool).</summary>
    public static BlockParameter Pending => new("pending", null);

    /// <summary>The genesis block.</summary>
    public static BlockParameter Earliest => new("earliest", null);

    /// <summary>The latest finalized block.</summary>
    public static BlockParameter Finalized => new("finalized", null);

    /// <summary>A block number.</summary>
    public static BlockParameter At(BigInteger number) =>
        number.Sign >= 0 ? new(null, number) : throw new ArgumentOutOfRangeException(nameof(number));

    /// <summary>The JSON-RPC form: the tag, or the number as a hex quantity.</summary>
    public override string ToString() => _number is { } n ? Hex.EncodeQuantity(n) : _tag ?? "latest";
}

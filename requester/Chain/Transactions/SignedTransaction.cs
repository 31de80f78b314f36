using System.Collections.Immutable;

namespace Daisee.Billing.Requester.Chain.Transactions;

/// <summary>A signed transaction ready for <c>eth_sendRawTransaction</c>, with its hash (keccak of the raw bytes).</summary>
public sealed record SignedTransaction(ImmutableArray<byte> Raw, Hash32 Hash)
{
    /// <summary><c>0x</c> + hex of the raw bytes.</summary>
    public string RawHex => Hex.Encode(Raw.AsSpan());
}

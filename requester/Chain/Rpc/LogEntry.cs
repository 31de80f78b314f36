using System.Collections.Immutable;
using System.Numerics;

namespace Daisee.Billing.Requester.Chain.Rpc;

/// <summary>An event log. Block number, transaction hash and index are null for pending logs.</summary>
public sealed record LogEntry(
    Address Address,
    ImmutableArray<Hash32> Topics,
    ImmutableArray<byte> Data,
    BigInteger? BlockNumber,
    Hash32? TransactionHash,
    BigInteger? LogIndex,
    bool Removed);

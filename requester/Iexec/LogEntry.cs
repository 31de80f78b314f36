using System.Collections.Immutable;
using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>One event log: the emitting contract, its topics and data, and where it was mined.</summary>
public sealed record LogEntry(Address Address, ImmutableArray<Hash32> Topics, ImmutableArray<byte> Data, ulong BlockNumber = 0, Hash32 TransactionHash = default);

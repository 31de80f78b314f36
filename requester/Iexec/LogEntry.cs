using System.Collections.Immutable;
using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>One event log of a receipt.</summary>
public sealed record LogEntry(Address Address, ImmutableArray<Hash32> Topics, ImmutableArray<byte> Data);

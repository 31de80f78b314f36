using System.Collections.Immutable;
using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// An <c>eth_getLogs</c> filter: the contract, the topics by position (null = any), and the block
/// range (<see cref="ToBlock"/> null = latest).
/// </summary>
public sealed record LogQuery(Address Contract, ImmutableArray<Hash32?> Topics, ulong FromBlock = 0, ulong? ToBlock = null);

using System.Collections.Immutable;
using System.Numerics;
using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>A mined, successful transaction: its hash, the contract it created (if any), its logs, the gas it used and its block.</summary>
public sealed record TransactionOutcome(Hash32 Hash, Address? ContractAddress, ImmutableArray<LogEntry> Logs, BigInteger GasUsed, ulong BlockNumber = 0);

using System.Collections.Immutable;
using System.Numerics;

namespace Daisee.Billing.Requester.Chain.Rpc;

/// <summary>
/// A mined transaction's receipt. <see cref="Succeeded"/> is the EIP-658 status;
/// <see cref="GasUsed"/> is in gas units and <see cref="EffectiveGasPriceWei"/> in wei per gas.
/// </summary>
public sealed record TransactionReceipt(
    Hash32 TransactionHash,
    Hash32 BlockHash,
    BigInteger BlockNumber,
    Address From,
    Address? To,
    Address? ContractAddress,
    bool Succeeded,
    BigInteger GasUsed,
    BigInteger EffectiveGasPriceWei,
    ImmutableArray<LogEntry> Logs);

using System.Numerics;

namespace Daisee.Billing.Requester.Chain.Rpc;

/// <summary>
/// The block fields the requester uses. <see cref="TimestampSeconds"/> is Unix seconds (chain
/// time, not the wall clock); <see cref="BaseFeePerGasWei"/> is null before London (EIP-1559).
/// </summary>
public sealed record BlockHeader(BigInteger Number, Hash32 Hash, BigInteger TimestampSeconds, BigInteger? BaseFeePerGasWei);

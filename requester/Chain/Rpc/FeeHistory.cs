using System.Collections.Immutable;
using System.Numerics;

namespace Daisee.Billing.Requester.Chain.Rpc;

/// <summary>
/// <c>eth_feeHistory</c>: base fees (wei per gas) of the blocks from <see cref="OldestBlock"/>,
/// plus the next block's, and the requested priority-fee percentiles per block.
/// </summary>
public sealed record FeeHistory(BigInteger OldestBlock, ImmutableArray<BigInteger> BaseFeePerGasWei, ImmutableArray<ImmutableArray<BigInteger>> RewardWei);

using System.Numerics;
using Daisee.Billing.Requester.Chain.Crypto;

namespace Daisee.Billing.Requester.Chain.Orders;

/// <summary>Deal and task identifiers as PoCo derives them.</summary>
public static class IexecIds
{
    /// <summary>dealid = keccak256(requestOrderHash ‖ uint256 consumedBefore); consumedBefore is 0 for a fresh request order.</summary>
    public static Hash32 DealId(Hash32 requestOrderHash, BigInteger consumedBefore) =>
        Keccak256.HashConcatenation(requestOrderHash.ToArray(), Hash32.FromBigInteger(consumedBefore).ToArray());

    /// <summary>taskid = keccak256(dealid ‖ uint256 index), index from the deal's botFirst.</summary>
    public static Hash32 TaskId(Hash32 dealId, BigInteger index) =>
        Keccak256.HashConcatenation(dealId.ToArray(), Hash32.FromBigInteger(index).ToArray());

    /// <summary>The consensus value stored for a task: keccak256(taskid ‖ resultDigest).</summary>
    public static Hash32 ConsensusValue(Hash32 taskId, Hash32 resultDigest) =>
        Keccak256.HashConcatenation(taskId.ToArray(), resultDigest.ToArray());
}

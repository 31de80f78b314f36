using System.Numerics;
using Nethereum.Util;

namespace Daisee.Billing.Requester.Chain.Orders;

/// <summary>Deal and task identifiers as PoCo derives them (keccak-256 from Nethereum).</summary>
public static class IexecIds
{
    /// <summary>dealid = keccak256(requestOrderHash ‖ uint256 consumedBefore); consumedBefore is 0 for a fresh request order.</summary>
    public static Hash32 DealId(Hash32 requestOrderHash, BigInteger consumedBefore) =>
        Keccak(requestOrderHash.ToArray(), Hash32.FromBigInteger(consumedBefore).ToArray());

    /// <summary>taskid = keccak256(dealid ‖ uint256 index), index from the deal's botFirst.</summary>
    public static Hash32 TaskId(Hash32 dealId, BigInteger index) =>
        Keccak(dealId.ToArray(), Hash32.FromBigInteger(index).ToArray());

    /// <summary>The consensus value stored for a task: keccak256(taskid ‖ resultDigest).</summary>
    public static Hash32 ConsensusValue(Hash32 taskId, Hash32 resultDigest) =>
        Keccak(taskId.ToArray(), resultDigest.ToArray());

    /// <summary>keccak256 of the concatenation.</summary>
    public static Hash32 Keccak(params byte[][] parts) => new(Sha3Keccack.Current.CalculateHash([.. parts.SelectMany(p => p)]));
}

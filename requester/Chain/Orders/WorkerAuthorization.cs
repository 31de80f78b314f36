using Daisee.Billing.Requester.Chain.Abi;
using Daisee.Billing.Requester.Chain.Crypto;
using Daisee.Billing.Requester.Chain.Signing;

namespace Daisee.Billing.Requester.Chain.Orders;

/// <summary>
/// The scheduler's authorisation for a worker to contribute (non-TEE path): the workerpool
/// owner signs, as an EIP-191 personal message over the 32 raw bytes,
/// m = keccak256(abi.encodePacked(address worker, bytes32 taskid, address enclaveChallenge)).
/// </summary>
public static class WorkerAuthorization
{
    /// <summary>m = keccak256(worker ‖ taskid ‖ enclaveChallenge), 72 packed bytes.</summary>
    public static Hash32 Message(Address worker, Hash32 taskId, Address enclaveChallenge) =>
        Keccak256.Hash(AbiPacked.Encode(
            [AbiType.Address, AbiType.Bytes32, AbiType.Address],
            [worker, taskId, enclaveChallenge]));

    /// <summary>keccak256("\x19Ethereum Signed Message:\n32" ‖ m).</summary>
    public static Hash32 Digest(Address worker, Hash32 taskId, Address enclaveChallenge) =>
        PersonalMessage.Hash(Message(worker, taskId, enclaveChallenge).ToArray());

    /// <summary>The 65-byte authorisation signature by <paramref name="scheduler"/>.</summary>
    public static Signature Sign(ISigner scheduler, Address worker, Hash32 taskId, Address enclaveChallenge)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        return scheduler.Sign(Digest(worker, taskId, enclaveChallenge));
    }
}

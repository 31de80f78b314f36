using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;
using Nethereum.Signer;

namespace Daisee.Billing.Requester.Iexec.LocalStack;

/// <summary>
/// The scheduler's authorisation for a worker to contribute (non-TEE path): the workerpool
/// owner signs, as an EIP-191 personal message over the 32 raw bytes,
/// m = keccak256(abi.encodePacked(address worker, bytes32 taskid, address enclaveChallenge)).
/// For a TEE task the enclave (key = the challenge) signs its result the same way over
/// keccak256(resultHash ‖ resultSeal), resultHash = keccak256(taskid ‖ digest),
/// resultSeal = keccak256(worker ‖ taskid ‖ digest) (PoCo's contributeAndFinalize).
/// </summary>
public static class WorkerAuthorization
{
    /// <summary>m = keccak256(worker ‖ taskid ‖ enclaveChallenge), 72 packed bytes.</summary>
    public static Hash32 Message(Address worker, Hash32 taskId, Address enclaveChallenge) =>
        IexecIds.Keccak(worker.ToArray(), taskId.ToArray(), enclaveChallenge.ToArray());

    /// <summary>keccak256("\x19Ethereum Signed Message:\n32" ‖ m) (Nethereum's EIP-191 hash).</summary>
    public static Hash32 Digest(Address worker, Hash32 taskId, Address enclaveChallenge) =>
        new(new EthereumMessageSigner().HashPrefixedMessage(Message(worker, taskId, enclaveChallenge).ToArray()));

    /// <summary>The 65-byte authorisation signature by <paramref name="scheduler"/>.</summary>
    public static byte[] Sign(EthECKey scheduler, Address worker, Hash32 taskId, Address enclaveChallenge)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        return Hex.Decode(new EthereumMessageSigner().Sign(Message(worker, taskId, enclaveChallenge).ToArray(), scheduler));
    }

    /// <summary>The 65-byte enclave signature of the result <paramref name="digest"/> of <paramref name="taskId"/> contributed by <paramref name="worker"/>.</summary>
    public static byte[] SignResult(EthECKey enclave, Address worker, Hash32 taskId, Hash32 digest)
    {
        ArgumentNullException.ThrowIfNull(enclave);
        var resultHash = IexecIds.Keccak(taskId.ToArray(), digest.ToArray());
        var resultSeal = IexecIds.Keccak(worker.ToArray(), taskId.ToArray(), digest.ToArray());
        return Hex.Decode(new EthereumMessageSigner().Sign(IexecIds.Keccak(resultHash.ToArray(), resultSeal.ToArray()).ToArray(), enclave));
    }
}

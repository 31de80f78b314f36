using Daisee.Billing.Requester.Chain.Abi;
using Daisee.Billing.Requester.Chain.Rpc;

namespace Daisee.Billing.Requester.Chain;

/// <summary>
/// A contract refused a call or transaction. <see cref="Reason"/> is the decoded revert
/// (<c>Error(string)</c>, panic or custom error); <see cref="Receipt"/> is set when the
/// transaction was mined and failed (status 0), null when it failed at estimation or in a call.
/// </summary>
public sealed class ContractRevertException : Exception
{
    /// <summary>A revert of a call or transaction to <paramref name="to"/>.</summary>
    public ContractRevertException(Address? to, RevertReason reason, TransactionReceipt? receipt)
        : base(Describe(to, reason, receipt))
    {
        To = to;
        Reason = reason;
        Receipt = receipt;
    }

    /// <summary>Standard constructor.</summary>
    public ContractRevertException()
        : this("The contract reverted.")
    {
    }

    /// <summary>Standard constructor.</summary>
    public ContractRevertException(string message)
        : base(message) => Reason = new RevertReason(RevertReasonKind.Empty, message, []);

    /// <summary>Standard constructor.</summary>
    public ContractRevertException(string message, Exception innerException)
        : base(message, innerException) => Reason = new RevertReason(RevertReasonKind.Empty, message, []);

    /// <summary>The contract called (null for a deployment).</summary>
    public Address? To { get; }

    /// <summary>Why it reverted.</summary>
    public RevertReason Reason { get; }

    /// <summary>The failed receipt, when the transaction was mined.</summary>
    public TransactionReceipt? Receipt { get; }

    private static string Describe(Address? to, RevertReason reason, TransactionReceipt? receipt)
    {
        var target = to is { } address ? $"to {address}" : "deploying a contract";
        return receipt is null
            ? $"The transaction {target} would revert: {reason.Message}."
            : $"The transaction {receipt.TransactionHash} {target} reverted in block {receipt.BlockNumber}: {reason.Message}.";
    }
}

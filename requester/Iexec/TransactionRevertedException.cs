using Daisee.Billing.Requester.Chain.Abi;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>A call or transaction the EVM reverted, with the decoded reason (e.g. <c>iExecV5-matchOrders-0x06</c>).</summary>
public sealed class TransactionRevertedException : Exception
{
    /// <summary>A revert of <paramref name="action"/> with <paramref name="reason"/>.</summary>
    public TransactionRevertedException(string action, RevertReason reason)
        : base($"{action} reverted: {reason?.Message}") => Reason = reason;

    /// <summary>For serializers and analyzers.</summary>
    public TransactionRevertedException()
    {
    }

    /// <summary>A revert known only by its message.</summary>
    public TransactionRevertedException(string message)
        : base(message)
    {
    }

    /// <summary>A revert known only by its message, with its cause.</summary>
    public TransactionRevertedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The decoded revert data, when the node returned it.</summary>
    public RevertReason? Reason { get; }
}

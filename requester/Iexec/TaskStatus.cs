namespace Daisee.Billing.Requester.Iexec;

/// <summary>A PoCo task's status (IexecLibCore_v5.TaskStatusEnum).</summary>
public enum TaskStatus
{
    /// <summary>Not initialized.</summary>
    Unset = 0,

    /// <summary>Initialized, waiting for contributions.</summary>
    Active = 1,

    /// <summary>Consensus reached, waiting for reveals.</summary>
    Revealing = 2,

    /// <summary>Finalized: the result digest and location are on chain.</summary>
    Completed = 3,

    /// <summary>Claimed after its final deadline: the requester was refunded.</summary>
    Failed = 4,
}

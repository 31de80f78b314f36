namespace Daisee.Billing.Requester.Runners;

/// <summary>Where an iExec run is: the step under way, and the deal and task once known (for the failure and interruption messages).</summary>
public sealed class IexecProgress
{
    /// <summary>The step under way, in words.</summary>
    public string Step { get; set; } = "connect to the chain";

    /// <summary>The task followed or bought, once known.</summary>
    public string? TaskId { get; set; }

    /// <summary>True once a deal exists on chain for this run (paid): an interruption must not suggest buying again.</summary>
    public bool Paid { get; set; }
}

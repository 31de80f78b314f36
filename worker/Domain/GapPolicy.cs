namespace Daisee.Billing.Worker.Domain;

public enum GapPolicy
{
    /// <summary>Missing steps count as zero energy, and each gap is reported and flagged (default).</summary>
    ZeroAndFlag,

    /// <summary>Any gap rejects the run: nothing is billed until the data is complete.</summary>
    Reject,
}

namespace Daisee.Billing.Worker.Domain;

public enum Severity
{
    /// <summary>Worth knowing; nothing was changed.</summary>
    Info,

    /// <summary>A row or value was dropped, flagged or treated by a policy; billing goes on.</summary>
    Warning,

    /// <summary>The input cannot be billed as it is.</summary>
    Error,
}

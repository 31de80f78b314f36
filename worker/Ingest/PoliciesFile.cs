namespace Daisee.Billing.Worker.Ingest;

public sealed record PoliciesFile
{
    public string? Gaps { get; init; }

    public long? ReconciliationToleranceWh { get; init; }
}

namespace Daisee.Billing.Worker.Domain;

public sealed record Policies(GapPolicy Gaps, Energy ReconciliationTolerance)
{
    public static readonly Policies Default = new(GapPolicy.ZeroAndFlag, Energy.FromWattHours(1));
}

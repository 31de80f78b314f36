using System.Collections.Immutable;

namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// A participant's clean curve over the billed period: one energy per step index of the
/// <see cref="BillingPeriod"/>. <see cref="Flagged"/> marks steps that hold no measured value
/// (a gap treated as zero, a conflicting duplicate) so that outputs can show them.
/// </summary>
public sealed record MeterCurve(Participant Participant, ImmutableArray<Energy> Values, ImmutableArray<bool> Flagged)
{
    public Prm Prm => Participant.Prm;

    public Energy Total => Energy.Sum(Values.AsSpan());
}

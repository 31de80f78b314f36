using System.Collections.Immutable;

namespace Daisee.Billing.Worker.Domain;

/// <summary>All clean curves of the period, one per participant, sorted by PRM.</summary>
public sealed record CurveSet(BillingPeriod Period, ImmutableArray<MeterCurve> Curves)
{
    public IEnumerable<MeterCurve> Producers => Curves.Where(c => c.Participant.ProducesForCollective);

    public IEnumerable<MeterCurve> Consumers => Curves.Where(c => c.Participant.ConsumesFromCollective);
}

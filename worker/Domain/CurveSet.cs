using System.Collections.Immutable;

namespace Daisee.Billing.Worker.Domain;

/// <summary>All clean curves of the period, one per participant, sorted by PRM.</summary>
public sealed record CurveSet(BillingPeriod Period, ImmutableArray<MeterCurve> Curves)
{
    /// <summary>
    /// Storage discharge curves (production of a <see cref="Role.Storage"/> PRM), sorted by PRM;
    /// the storage's entry in <see cref="Curves"/> is its charge (consumption) curve.
    /// </summary>
    public ImmutableArray<MeterCurve> Discharge { get; init; } = [];

    public IEnumerable<MeterCurve> Producers => Curves.Where(c => c.Participant.ProducesForCollective);

    public IEnumerable<MeterCurve> Consumers => Curves.Where(c => c.Participant.ConsumesFromCollective);
}

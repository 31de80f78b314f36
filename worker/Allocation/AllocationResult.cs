using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Allocation;

/// <summary>The split of the whole period, one entry per participant sorted by PRM.</summary>
public sealed record AllocationResult(BillingPeriod Period, AllocationMethod Method, ImmutableArray<ParticipantAllocation> Participants)
{
    public IEnumerable<ParticipantAllocation> Consumers => Participants.Where(p => p.Side == Direction.Consumption);

    public IEnumerable<ParticipantAllocation> Producers => Participants.Where(p => p.Side == Direction.Production);

    /// <summary>The collective's totals and rates over the period (computed on each call: read it once).</summary>
    public Indicators Totals => Indicators.Of(this);
}

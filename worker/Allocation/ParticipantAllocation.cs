using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// One participant's split over the period, per step index. Consumer: measured = consumption,
/// local = autoconsumed, grid = complement. Producer: measured = production, local =
/// autoproduced (sold to members), grid = surplus. Always <c>measured = local + grid</c>.
/// </summary>
public sealed record ParticipantAllocation(
    Participant Participant,
    ImmutableArray<Energy> Measured,
    ImmutableArray<Energy> Local,
    ImmutableArray<Energy> Grid)
{
    public Energy MeasuredTotal => Sum(Measured);

    public Energy LocalTotal => Sum(Local);

    public Energy GridTotal => Sum(Grid);

    private static Energy Sum(ImmutableArray<Energy> values) => values.Aggregate(Energy.Zero, (s, v) => s + v);
}

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
    private readonly Direction? _side;

    /// <summary>
    /// Which side of the split this entry is: consumption (consumer, storage charge) or
    /// production (producer, storage discharge). Defaults from the role; a storage PRM has two entries.
    /// </summary>
    public Direction Side
    {
        get => _side ?? (Participant.Role == Role.Producer ? Direction.Production : Direction.Consumption);
        init => _side = value;
    }

    public Energy MeasuredTotal => Sum(Measured);

    public Energy LocalTotal => Sum(Local);

    public Energy GridTotal => Sum(Grid);

    private static Energy Sum(ImmutableArray<Energy> values) => Energy.Sum(values.AsSpan());
}

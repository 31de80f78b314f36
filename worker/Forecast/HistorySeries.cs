using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// One participant's measured curve on the history grid, in mWh per step as <c>double</c>
/// (the learning arithmetic; forecasts are rounded back to integer mWh once, at the end).
/// A step without a measure is <see cref="double.NaN"/>.
/// </summary>
public sealed record HistorySeries(Participant Participant, SeriesKind Kind, ImmutableArray<double> Values)
{
    public Prm Prm => Participant.Prm;
}

using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>One participant's forecast for the month, per step in integer mWh (rounded once, to even, from the model's values).</summary>
public sealed record ParticipantForecast(Participant Participant, SeriesKind Kind, ImmutableArray<Energy> P10, ImmutableArray<Energy> P50, ImmutableArray<Energy> P90)
{
    public static ParticipantForecast From(Participant participant, SeriesKind kind, SeriesForecast forecast) => new(
        participant, kind, Round(forecast.P10), Round(forecast.P50), Round(forecast.P90));

    public static Energy Total(ImmutableArray<Energy> values) => values.Aggregate(Energy.Zero, (s, v) => s + v);

    private static ImmutableArray<Energy> Round(ImmutableArray<double> values) =>
        [.. values.Select(v => new Energy(checked((long)Math.Round(Math.Max(0, v), MidpointRounding.ToEven))))];
}

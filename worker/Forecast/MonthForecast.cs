using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// The forecast of a month: every member's series (sorted by PRM, then kind) and the
/// collective's expected rates from the central values. Self-consumption rate = Σ local / Σ
/// production and coverage rate = Σ local / Σ consumption, with local = min(production,
/// consumption) per step (all production used locally up to the consumption: the pro-rata key).
/// </summary>
public sealed record MonthForecast(BillingPeriod Period, Site Site, int HistorySteps, ImmutableArray<ParticipantForecast> Participants)
{
    /// <summary>Steps of the month whose irradiance the dataset's weather files give (the production model follows them there).</summary>
    public int WeatherSteps { get; init; }

    public ImmutableArray<Energy> Collective(SeriesKind kind, Func<ParticipantForecast, ImmutableArray<Energy>> band) =>
        [.. Enumerable.Range(0, Period.StepCount).Select(i => Participants.Where(p => p.Kind == kind).Aggregate(Energy.Zero, (s, p) => s + band(p)[i]))];

    public Energy Local
    {
        get
        {
            var production = Collective(SeriesKind.Production, p => p.P50);
            var consumption = Collective(SeriesKind.Consumption, p => p.P50);
            return production.Zip(consumption, Energy.Min).Aggregate(Energy.Zero, (s, v) => s + v);
        }
    }
}

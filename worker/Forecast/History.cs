using System.Collections.Immutable;
using NodaTime;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// Every measured curve of a dataset on one uniform UTC grid of the collective's step, from
/// the first to the last measured step, sorted by PRM then kind. Membership does not filter
/// history: a curve measured before a member joined still teaches the model its shape.
/// </summary>
public sealed record History(Instant Start, Duration Step, int Count, ImmutableArray<HistorySeries> Series)
{
    /// <summary>The site's weather from the dataset's <c>weather/</c> files (<see cref="Weather.None"/> without them); it may also cover steps after the history.</summary>
    public Weather Weather { get; init; } = Weather.None;

    public Instant StepStart(int index) => Start + (Step * index);

    /// <summary>The grid index of an instant (may be negative or ≥ <see cref="Count"/>; the caller checks).</summary>
    public int IndexOf(Instant instant) => checked((int)Math.Floor((instant - Start).TotalTicks / (double)Step.TotalTicks));
}

using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// What a curve reader needs to know about the collective: its zone (for naive local stamps),
/// its step (the fallback when a file states none) and, for formats that do not say whether a
/// curve is consumption or production, the direction implied by the PRM's declared role.
/// </summary>
public sealed record CurveReadContext(DateTimeZone Zone, int StepMinutes)
{
    /// <summary>Direction implied by collective.json for a PRM (null when unknown: consumption is assumed).</summary>
    public Func<Prm, Direction?>? DirectionOf { get; init; }

    public Duration Step => Duration.FromMinutes(StepMinutes);

    /// <summary>
    /// The billed period's instants, when known: a row whose step starts outside it is out of scope
    /// whatever its value, so its value is not parsed (it is counted out of scope by Validation,
    /// never rejected for its value).
    /// </summary>
    public Interval? Window { get; init; }

    /// <summary>True when a step starting at <paramref name="start"/> lies outside <see cref="Window"/>.</summary>
    public bool OutsideWindow(Instant start) => Window is { } w && !w.Contains(start);

    public Direction ImpliedDirection(Prm prm) => DirectionOf?.Invoke(prm) ?? Direction.Consumption;
}

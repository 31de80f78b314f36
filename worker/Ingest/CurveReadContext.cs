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

    public Direction ImpliedDirection(Prm prm) => DirectionOf?.Invoke(prm) ?? Direction.Consumption;
}

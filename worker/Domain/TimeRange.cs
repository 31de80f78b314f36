using NodaTime;

namespace Daisee.Billing.Worker.Domain;

/// <summary>A local time-of-day range; <c>22:00-06:00</c> wraps over midnight. Start inclusive, end exclusive.</summary>
public readonly record struct TimeRange(LocalTime From, LocalTime To)
{
    public bool Contains(LocalTime time) =>
        From <= To ? time >= From && time < To : time >= From || time < To;
}

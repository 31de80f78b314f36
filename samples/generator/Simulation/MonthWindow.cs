using NodaTime;

namespace Daisee.Billing.SampleGenerator.Simulation;

/// <summary>
/// The steps of one local month: from local midnight of day 1 to local midnight of the 1st of
/// the next month, in whole steps on the UTC time line (1 344 to 1 490 half-hours: DST days
/// have 46 or 50).
/// </summary>
public sealed record MonthWindow(YearMonth Month, DateTimeZone Zone, Duration Step)
{
    public Instant Start => Month.OnDayOfMonth(1).AtStartOfDayInZone(Zone).ToInstant();

    public Instant End => Month.PlusMonths(1).OnDayOfMonth(1).AtStartOfDayInZone(Zone).ToInstant();

    public int StepCount => checked((int)((End - Start).BclCompatibleTicks / Step.BclCompatibleTicks));

    /// <summary>Start instant of each step, in order.</summary>
    public IEnumerable<Instant> StepStarts()
    {
        for (int i = 0; i < StepCount; i++)
        {
            yield return Start + (Step * i);
        }
    }
}

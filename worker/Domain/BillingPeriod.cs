using NodaTime;

namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// The billed month in the collective's time zone, cut into steps of fixed length. Steps are
/// indexed from 0 at local midnight of the first day; a Paris month with a DST change has
/// one hour fewer or more, so the count is computed, never assumed.
/// </summary>
public sealed record BillingPeriod
{
    public BillingPeriod(YearMonth month, DateTimeZone zone, int stepMinutes)
    {
        if (!Step.IsSupportedLength(stepMinutes))
        {
            throw new ArgumentOutOfRangeException(nameof(stepMinutes), stepMinutes, "Step must be 10, 15, 30 or 60 minutes.");
        }

        Month = month;
        Zone = zone;
        StepLength = Duration.FromMinutes(stepMinutes);
        Start = zone.AtStartOfDay(month.OnDayOfMonth(1));
        End = zone.AtStartOfDay(month.PlusMonths(1).OnDayOfMonth(1));
        StartInstant = Start.ToInstant();
        EndInstant = End.ToInstant();
        StepCount = checked((int)((EndInstant - StartInstant).TotalTicks / StepLength.TotalTicks));
    }

    public YearMonth Month { get; }

    /// <summary>
    /// Why a month cannot be cut into whole steps in a zone (Australia/Lord_Howe moves its clocks
    /// by 30 minutes: a 60-minute grid would not close); null when it can.
    /// </summary>
    public static string? Problem(YearMonth month, DateTimeZone zone, int stepMinutes)
    {
        var start = zone.AtStartOfDay(month.OnDayOfMonth(1)).ToInstant();
        var end = zone.AtStartOfDay(month.PlusMonths(1).OnDayOfMonth(1)).ToInstant();
        var step = Duration.FromMinutes(stepMinutes);
        return (end - start).TotalTicks % step.TotalTicks != 0
            ? $"{month.ToString("yyyy'-'MM", System.Globalization.CultureInfo.InvariantCulture)} in {zone.Id} is not a whole number of {stepMinutes}-minute steps (its clock change is not a multiple of the step); use a shorter stepMinutes."
            : null;
    }

    public DateTimeZone Zone { get; }

    public Duration StepLength { get; }

    public int StepMinutes => (int)StepLength.TotalMinutes;

    public ZonedDateTime Start { get; }

    public ZonedDateTime End { get; }

    public int StepCount { get; }

    public Instant StartInstant { get; }

    public Instant EndInstant { get; }

    /// <remarks>In ticks (a step is whole minutes, so exact): NodaTime multiplies a duration through decimals.</remarks>
    public Step StepAt(int index) => new(StartInstant + Duration.FromTicks(checked(StepLength.BclCompatibleTicks * index)), StepLength);

    /// <summary>The step index of an instant that starts a step, or -1 when outside the month or misaligned.</summary>
    public int IndexOf(Instant stepStart)
    {
        if (stepStart < StartInstant || stepStart >= EndInstant)
        {
            return -1;
        }

        // Integer nanoseconds (a month fits a long many times over): exact, and no floating-point remainder per reading.
        var nanoseconds = (stepStart - StartInstant).ToInt64Nanoseconds();
        var length = StepLength.ToInt64Nanoseconds();
        return nanoseconds % length == 0 ? checked((int)(nanoseconds / length)) : -1;
    }

    public bool Contains(Instant instant) => instant >= StartInstant && instant < EndInstant;

    /// <summary>The local date on which a step starts.</summary>
    public LocalDate LocalDateOf(int index) => StepAt(index).Start.InZone(Zone).Date;

    public string Name => Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}

namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// An amount of electrical energy in integer milliwatt-hours (mWh). An integer watt held for
/// 15, 30 or 60 minutes is an exact number of mWh; 10-minute steps are rounded once, at
/// ingest (see <c>Ingest.PowerToEnergy</c>).
/// </summary>
public readonly record struct Energy(long MilliwattHours) : IComparable<Energy>
{
    public static readonly Energy Zero = new(0);

    /// <summary>
    /// The largest average power a reading may show, in W (1 GW). With at most 10,000 members
    /// and 744 hours a month, every sum the engine forms stays below 2^63 mWh.
    /// </summary>
    public const decimal MaxAverageWatts = 1_000_000_000m;

    /// <summary>The largest energy a configured quantity (a tolerance, a limit) may state, in Wh.</summary>
    public const long MaxConfiguredWattHours = 1_000_000_000_000;

    public static Energy FromWattHours(long wattHours) => new(checked(wattHours * 1000));

    /// <summary>
    /// Energy of one reading over <paramref name="step"/>, in mWh rounded half away from zero; false
    /// when negative or when its average power exceeds <see cref="MaxAverageWatts"/> (the input is
    /// then out of range, never an overflow).
    /// </summary>
    public static bool TryFromMilliwattHours(decimal milliwattHours, NodaTime.Duration step, out Energy energy)
    {
        energy = Zero;
        var minutes = Math.Max(1m, (decimal)Math.Min(step.TotalMinutes, 60));
        var max = MaxAverageWatts * minutes * 1000m / 60m;
        if (milliwattHours < 0m || milliwattHours > max)
        {
            return false;
        }

        energy = new Energy((long)decimal.Round(milliwattHours, 0, MidpointRounding.AwayFromZero));
        return true;
    }

    /// <summary>Exact watt-hours as a decimal (3 decimals at most).</summary>
    public decimal WattHours => MilliwattHours / 1000m;

    /// <summary>Exact kilowatt-hours as a decimal (6 decimals at most).</summary>
    public decimal KilowattHours => MilliwattHours / 1_000_000m;

    public static Energy operator +(Energy a, Energy b) => new(checked(a.MilliwattHours + b.MilliwattHours));

    public static Energy operator -(Energy a, Energy b) => new(checked(a.MilliwattHours - b.MilliwattHours));

    public static bool operator <(Energy a, Energy b) => a.MilliwattHours < b.MilliwattHours;

    public static bool operator >(Energy a, Energy b) => a.MilliwattHours > b.MilliwattHours;

    public static bool operator <=(Energy a, Energy b) => a.MilliwattHours <= b.MilliwattHours;

    public static bool operator >=(Energy a, Energy b) => a.MilliwattHours >= b.MilliwattHours;

    /// <summary>The sum of a series (a curve's total): one checked loop, no delegate per value.</summary>
    public static Energy Sum(ReadOnlySpan<Energy> values)
    {
        var total = 0L;
        foreach (var value in values)
        {
            total = checked(total + value.MilliwattHours);
        }

        return new Energy(total);
    }

    public static Energy Min(Energy a, Energy b) => a <= b ? a : b;

    public static Energy Max(Energy a, Energy b) => a >= b ? a : b;

    public int CompareTo(Energy other) => MilliwattHours.CompareTo(other.MilliwattHours);

    public Energy Add(Energy other) => this + other;

    public Energy Subtract(Energy other) => this - other;

    public override string ToString() => $"{WattHours.ToString(System.Globalization.CultureInfo.InvariantCulture)} Wh";
}

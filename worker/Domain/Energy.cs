namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// An amount of electrical energy in integer milliwatt-hours (mWh). An integer watt held for
/// 15, 30 or 60 minutes is an exact number of mWh; 10-minute steps are rounded once, at
/// ingest (see <c>Ingest.PowerToEnergy</c>).
/// </summary>
public readonly record struct Energy(long MilliwattHours) : IComparable<Energy>
{
    public static readonly Energy Zero = new(0);

    public static Energy FromWattHours(long wattHours) => new(checked(wattHours * 1000));

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

    public static Energy Min(Energy a, Energy b) => a <= b ? a : b;

    public static Energy Max(Energy a, Energy b) => a >= b ? a : b;

    public int CompareTo(Energy other) => MilliwattHours.CompareTo(other.MilliwattHours);

    public Energy Add(Energy other) => this + other;

    public Energy Subtract(Energy other) => this - other;

    public override string ToString() => $"{WattHours.ToString(System.Globalization.CultureInfo.InvariantCulture)} Wh";
}

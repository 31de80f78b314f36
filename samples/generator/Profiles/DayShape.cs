namespace Daisee.Billing.SampleGenerator.Profiles;

/// <summary>Dimensionless building blocks of daily load shapes (hours are local, 0-24).</summary>
public static class DayShape
{
    /// <summary>
    /// Trapezoid: 0 before <paramref name="open"/>, ramps to 1 over <paramref name="rampHours"/>,
    /// stays 1, and ramps back to 0 so that it reaches 0 at <paramref name="close"/>.
    /// </summary>
    public static double Window(double hour, double open, double close, double rampHours)
    {
        if (hour <= open || hour >= close)
        {
            return 0;
        }

        double rising = (hour - open) / rampHours;
        double falling = (close - hour) / rampHours;
        return Math.Min(1.0, Math.Min(rising, falling));
    }

    /// <summary>Gaussian bump of height 1 centred on <paramref name="center"/>.</summary>
    public static double Bump(double hour, double center, double widthHours)
    {
        double z = (hour - center) / widthHours;
        return Math.Exp(-0.5 * z * z);
    }
}

using System.Collections.Immutable;

namespace Daisee.Billing.SampleGenerator.Physics;

/// <summary>
/// Weather of one local day. <paramref name="Clearness"/> is a per-half-hour clearness index
/// in [0, 1] (1 = clear sky), indexed by the half-hour of the local wall clock (0 = 00:00-00:30,
/// 47 = 23:30-24:00); temperatures are in °C.
/// </summary>
public sealed record DayWeather(
    SkyState Sky,
    double MeanTemperatureC,
    double DiurnalRangeC,
    ImmutableArray<double> Clearness)
{
    /// <summary>Air temperature (°C) at a local hour of day, warmest at 15:00.</summary>
    public double TemperatureAt(double localHour) =>
        MeanTemperatureC + (DiurnalRangeC / 2.0 * Math.Cos(2.0 * Math.PI * (localHour - 15.0) / 24.0));

    public double ClearnessAt(double localHour)
    {
        int slot = Math.Clamp((int)(localHour * 2.0), 0, Clearness.Length - 1);
        return Clearness[slot];
    }
}

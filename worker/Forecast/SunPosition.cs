using NodaTime;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// The sun's direction as a unit vector (east, north, up) at an instant and a site, from
/// Spencer's (1971) Fourier series for the declination and the equation of time. Accurate
/// to a fraction of a degree, which is far below what a half-hour energy can tell.
/// </summary>
public readonly record struct SunPosition(double East, double North, double Up)
{
    public static SunPosition At(Instant instant, Site site)
    {
        var utc = instant.InUtc();
        var gamma = 2 * Math.PI * (utc.DayOfYear - 1) / 365.0;
        var declination = 0.006918 - (0.399912 * Math.Cos(gamma)) + (0.070257 * Math.Sin(gamma)) - (0.006758 * Math.Cos(2 * gamma))
            + (0.000907 * Math.Sin(2 * gamma)) - (0.002697 * Math.Cos(3 * gamma)) + (0.00148 * Math.Sin(3 * gamma));
        var equationOfTimeMinutes = 229.18 * (0.000075 + (0.001868 * Math.Cos(gamma)) - (0.032077 * Math.Sin(gamma))
            - (0.014615 * Math.Cos(2 * gamma)) - (0.040849 * Math.Sin(2 * gamma)));
        var minutes = (utc.TimeOfDay.TickOfDay / (double)NodaConstants.TicksPerMinute) + (4 * site.Longitude) + equationOfTimeMinutes;
        var hourAngle = ((minutes / 4.0) - 180.0) * Math.PI / 180.0;
        var latitude = site.Latitude * Math.PI / 180.0;
        var east = -Math.Cos(declination) * Math.Sin(hourAngle);
        var north = (Math.Sin(declination) * Math.Cos(latitude)) - (Math.Cos(declination) * Math.Cos(hourAngle) * Math.Sin(latitude));
        var up = (Math.Sin(declination) * Math.Sin(latitude)) + (Math.Cos(declination) * Math.Cos(hourAngle) * Math.Cos(latitude));
        return new SunPosition(east, north, up);
    }
}

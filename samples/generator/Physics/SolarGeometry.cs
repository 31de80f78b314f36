using NodaTime;

namespace Daisee.Billing.SampleGenerator.Physics;

/// <summary>
/// Sun position from a UTC instant and a site (Spencer 1971 declination and equation of
/// time; accuracy about 0.1 degree, plenty for sample data).
/// </summary>
public static class SolarGeometry
{
    private const double DegToRad = Math.PI / 180.0;

    public static SunVector Sun(Instant instant, double latitudeDegrees, double longitudeDegrees)
    {
        ZonedDateTime utc = instant.InUtc();
        double hours = utc.TimeOfDay.TickOfDay / (double)NodaConstants.TicksPerHour;
        double gamma = 2.0 * Math.PI / 365.0 * (utc.DayOfYear - 1 + ((hours - 12.0) / 24.0));

        double declination = 0.006918 - (0.399912 * Math.Cos(gamma)) + (0.070257 * Math.Sin(gamma))
            - (0.006758 * Math.Cos(2 * gamma)) + (0.000907 * Math.Sin(2 * gamma))
            - (0.002697 * Math.Cos(3 * gamma)) + (0.00148 * Math.Sin(3 * gamma));
        double equationOfTimeMinutes = 229.18 * (0.000075 + (0.001868 * Math.Cos(gamma))
            - (0.032077 * Math.Sin(gamma)) - (0.014615 * Math.Cos(2 * gamma))
            - (0.040849 * Math.Sin(2 * gamma)));

        double solarHours = hours + (longitudeDegrees / 15.0) + (equationOfTimeMinutes / 60.0);
        double hourAngle = (solarHours - 12.0) * 15.0 * DegToRad;
        double latitude = latitudeDegrees * DegToRad;

        double east = -Math.Cos(declination) * Math.Sin(hourAngle);
        double north = (Math.Cos(latitude) * Math.Sin(declination))
            - (Math.Sin(latitude) * Math.Cos(declination) * Math.Cos(hourAngle));
        double up = (Math.Sin(latitude) * Math.Sin(declination))
            + (Math.Cos(latitude) * Math.Cos(declination) * Math.Cos(hourAngle));
        return new SunVector(east, north, up);
    }
}

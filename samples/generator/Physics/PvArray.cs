using NodaTime;

namespace Daisee.Billing.SampleGenerator.Physics;

/// <summary>
/// A PV array: peak power (kWp), tilt and azimuth (degrees from south, positive towards west),
/// a performance ratio (wiring, soiling, inverter) and an inverter AC limit as a fraction of kWp.
/// </summary>
public sealed record PvArray(
    double PeakKilowatts,
    double TiltDegrees,
    double AzimuthFromSouthDegrees,
    double PerformanceRatio,
    double InverterLimitRatio)
{
    private const double DegToRad = Math.PI / 180.0;
    private const double Albedo = 0.2;
    private const double TemperatureCoefficientPerKelvin = 0.0037;

    /// <summary>Global horizontal irradiance (W/m²) for a sky clearness index: the plane of array of a flat roof (beam × sin elevation + diffuse).</summary>
    public static double GlobalHorizontal(SunVector sun, double clearness)
    {
        if (sun.SinElevation <= 0)
        {
            return 0;
        }

        double clearBeam = ClearSky.BeamNormal(sun);
        double beamShare = Math.Pow(clearness, 1.3);
        double thickCloud = 0.35 + (0.65 * clearness);
        double diffuse = (ClearSky.DiffuseHorizontal(sun) + (0.22 * (1.0 - beamShare) * clearBeam * sun.SinElevation)) * thickCloud;
        return (clearBeam * beamShare * sun.SinElevation) + diffuse;
    }

    /// <summary>
    /// Plane-of-array irradiance (W/m²) for a sky clearness index in [0, 1]: clouds remove
    /// beam (∝ clearness^1.3), part of the lost beam comes back as diffuse light, and thick
    /// cloud (low clearness) dims the diffuse light too (× 0.35 + 0.65·clearness).
    /// </summary>
    public double PlaneOfArrayIrradiance(SunVector sun, double clearness)
    {
        if (sun.SinElevation <= 0)
        {
            return 0;
        }

        double tilt = TiltDegrees * DegToRad;
        double azimuth = AzimuthFromSouthDegrees * DegToRad;
        double normalEast = -Math.Sin(tilt) * Math.Sin(azimuth);
        double normalNorth = -Math.Sin(tilt) * Math.Cos(azimuth);
        double cosIncidence = (sun.East * normalEast) + (sun.North * normalNorth) + (sun.Up * Math.Cos(tilt));

        double clearBeam = ClearSky.BeamNormal(sun);
        double beamShare = Math.Pow(clearness, 1.3);
        double beam = clearBeam * beamShare;
        double thickCloud = 0.35 + (0.65 * clearness);
        double diffuse = (ClearSky.DiffuseHorizontal(sun) + (0.22 * (1.0 - beamShare) * clearBeam * sun.SinElevation)) * thickCloud;
        double global = (beam * sun.SinElevation) + diffuse;

        double skyView = (1.0 + Math.Cos(tilt)) / 2.0;
        double groundView = (1.0 - Math.Cos(tilt)) / 2.0;
        return (beam * Math.Max(cosIncidence, 0)) + (diffuse * skyView) + (global * Albedo * groundView);
    }

    /// <summary>AC output power in W.</summary>
    public double PowerWatts(Instant instant, double latitude, double longitude, double clearness, double airTemperatureC)
    {
        SunVector sun = SolarGeometry.Sun(instant, latitude, longitude);
        double irradiance = PlaneOfArrayIrradiance(sun, clearness);
        if (irradiance <= 0)
        {
            return 0;
        }

        double cellTemperature = airTemperatureC + (irradiance / 800.0 * 25.0);
        double thermal = 1.0 - (TemperatureCoefficientPerKelvin * (cellTemperature - 25.0));
        double lowSunShading = sun.ElevationDegrees < 4.0 ? 0.5 : 1.0;
        double dc = PeakKilowatts * 1000.0 * irradiance / 1000.0 * PerformanceRatio * thermal * lowSunShading;
        return Math.Min(dc, PeakKilowatts * 1000.0 * InverterLimitRatio);
    }
}

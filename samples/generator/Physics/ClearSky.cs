namespace Daisee.Billing.SampleGenerator.Physics;

/// <summary>
/// Clear-sky irradiance in W/m²: beam normal irradiance from the Meinel air-mass model
/// (1367 · 0.7^(AM^0.678)) with the Kasten-Young air mass, and a diffuse part of roughly
/// 12 % of the beam.
/// </summary>
public static class ClearSky
{
    private const double SolarConstantWattsPerSquareMetre = 1367.0;

    public static double AirMass(SunVector sun)
    {
        double elevation = sun.ElevationDegrees;
        return 1.0 / (sun.SinElevation + (0.50572 * Math.Pow(elevation + 6.07995, -1.6364)));
    }

    /// <summary>Direct normal irradiance (W/m²); 0 when the sun is below the horizon.</summary>
    public static double BeamNormal(SunVector sun)
    {
        if (sun.SinElevation <= 0)
        {
            return 0;
        }

        return SolarConstantWattsPerSquareMetre * Math.Pow(0.7, Math.Pow(AirMass(sun), 0.678));
    }

    /// <summary>Diffuse horizontal irradiance (W/m²) under a clear sky.</summary>
    public static double DiffuseHorizontal(SunVector sun) =>
        sun.SinElevation <= 0
            ? 0
            : (0.12 * BeamNormal(sun) * Math.Sqrt(sun.SinElevation)) + (8.0 * sun.SinElevation);
}

using NodaTime;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// Clear-sky features of one step, averaged over three instants inside it: the beam
/// transmittance <c>g = 0.7^(AM^0.678)</c> (Meinel, air mass AM = 1 / cos zenith) times each
/// component of the sun vector, plus the sun's height for the diffuse part. The energy of a
/// plane of any tilt and azimuth under a clear sky is close to a linear combination of them
/// (cos incidence = normal · sun), which is what <see cref="ProductionModel"/> learns.
/// </summary>
public static class ClearSky
{
    public const int FeatureCount = 4;

    public static double[] Features(Instant stepStart, Duration step, Site site)
    {
        var features = new double[FeatureCount];
        foreach (var fraction in (ReadOnlySpan<double>)[1.0 / 6, 0.5, 5.0 / 6])
        {
            var sun = SunPosition.At(stepStart + Duration.FromTicks((long)(step.TotalTicks * fraction)), site);
            if (sun.Up <= 0.01)
            {
                continue;
            }

            var beam = Math.Pow(0.7, Math.Pow(1.0 / sun.Up, 0.678));
            features[0] += beam * sun.East / 3;
            features[1] += beam * sun.North / 3;
            features[2] += beam * sun.Up / 3;
            features[3] += sun.Up / 3;
        }

        return features;
    }

    /// <summary>Clear-sky horizontal irradiance proxy (beam + diffuse shares), for scaling persistence.</summary>
    public static double Index(Instant stepStart, Duration step, Site site)
    {
        var f = Features(stepStart, step, site);
        return f[2] + (0.1 * f[3]);
    }
}

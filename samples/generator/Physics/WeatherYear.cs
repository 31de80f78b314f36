using System.Collections.Immutable;
using Daisee.Billing.SampleGenerator.Randomness;
using NodaTime;

namespace Daisee.Billing.SampleGenerator.Physics;

/// <summary>
/// One calendar year of synthetic weather for Lyon: a sunny / partly cloudy / overcast Markov
/// chain whose transitions depend on the season, a daily temperature with a seasonal
/// climatology (3.5 °C mid-January to 22.5 °C mid-July) plus an AR(1) anomaly, and an
/// intra-day clearness index per half-hour (AR(1) cloud noise around the day's level).
/// </summary>
public static class WeatherYear
{
    private static readonly double[][] Summer = [[0.70, 0.22, 0.08], [0.45, 0.35, 0.20], [0.30, 0.35, 0.35]];
    private static readonly double[][] Shoulder = [[0.55, 0.28, 0.17], [0.35, 0.35, 0.30], [0.20, 0.35, 0.45]];
    private static readonly double[][] Winter = [[0.45, 0.25, 0.30], [0.25, 0.35, 0.40], [0.12, 0.28, 0.60]];

    public static ImmutableArray<DayWeather> Generate(ulong seed, int year)
    {
        Pcg32 days = StreamSeed.Create(seed, "weather", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var builder = ImmutableArray.CreateBuilder<DayWeather>();
        SkyState sky = SkyState.PartlyCloudy;
        double anomaly = 0;
        for (LocalDate date = new(year, 1, 1); date.Year == year; date = date.PlusDays(1))
        {
            sky = NextSky(days, sky, date.Month);
            anomaly = (0.75 * anomaly) + (1.7 * days.NextGaussian());
            builder.Add(MakeDay(seed, date, sky, anomaly, days));
        }

        return builder.ToImmutable();
    }

    private static SkyState NextSky(Pcg32 random, SkyState current, int month)
    {
        double[][] matrix = month switch
        {
            >= 5 and <= 9 => Summer,
            3 or 4 => Shoulder,
            _ => Winter,
        };
        double[] row = matrix[(int)current];
        double draw = random.NextDouble();
        if (draw < row[0])
        {
            return SkyState.Sunny;
        }

        return draw < row[0] + row[1] ? SkyState.PartlyCloudy : SkyState.Overcast;
    }

    private static DayWeather MakeDay(ulong seed, LocalDate date, SkyState sky, double anomaly, Pcg32 days)
    {
        double climatology = 13.0 - (9.5 * Math.Cos(2.0 * Math.PI * (date.DayOfYear - 15) / 365.0));
        double skyEffect = sky switch { SkyState.Sunny => 1.2, SkyState.Overcast => -1.3, _ => 0.0 };
        double range = sky switch
        {
            SkyState.Sunny => days.NextDouble(10.0, 14.0),
            SkyState.PartlyCloudy => days.NextDouble(7.0, 10.0),
            _ => days.NextDouble(3.0, 6.0),
        };
        double level = sky switch
        {
            SkyState.Sunny => days.NextDouble(0.86, 1.0),
            SkyState.PartlyCloudy => days.NextDouble(0.45, 0.75),
            _ => days.NextDouble(0.08, 0.30),
        };
        string label = date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        ImmutableArray<double> clearness = CloudNoise(StreamSeed.Create(seed, "clouds", label), sky, level);
        return new DayWeather(sky, climatology + anomaly + skyEffect, range, clearness);
    }

    /// <summary>48 half-hourly clearness values: AR(1) around the day's level.</summary>
    private static ImmutableArray<double> CloudNoise(Pcg32 random, SkyState sky, double level)
    {
        (double persistence, double spread) = sky switch
        {
            SkyState.Sunny => (0.5, 0.04),
            SkyState.PartlyCloudy => (0.55, 0.22),
            _ => (0.8, 0.06),
        };
        var values = ImmutableArray.CreateBuilder<double>(48);
        double noise = 0;
        for (int slot = 0; slot < 48; slot++)
        {
            noise = (persistence * noise) + (spread * Math.Sqrt(1 - (persistence * persistence)) * random.NextGaussian());
            double passingCloud = sky == SkyState.Sunny && random.Chance(0.06) ? -random.NextDouble(0.1, 0.4) : 0;
            values.Add(Math.Clamp(level + noise + passingCloud, 0.04, 1.0));
        }

        return values.MoveToImmutable();
    }
}

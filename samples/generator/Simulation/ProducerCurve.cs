using System.Collections.Immutable;
using Daisee.Billing.SampleGenerator.Physics;
using Daisee.Billing.SampleGenerator.Randomness;
using NodaTime;

namespace Daisee.Billing.SampleGenerator.Simulation;

/// <summary>
/// A producer's curve: the PV model averaged over three sub-instants of each step, under the
/// shared sky of the collective (clearness per local half-hour), with a little independent
/// noise per roof (a few percent: orientation, passing cloud edges, inverter).
/// </summary>
public static class ProducerCurve
{
    public static ImmutableArray<CurvePoint> Simulate(
        PvArray array, double latitude, double longitude, MonthWindow window, Climate climate, Pcg32 random)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(climate);
        ArgumentNullException.ThrowIfNull(random);
        var points = ImmutableArray.CreateBuilder<CurvePoint>(window.StepCount);
        Duration sixth = window.Step / 6;
        foreach (Instant start in window.StepStarts())
        {
            LocalDateTime middle = (start + (sixth * 3)).InZone(window.Zone).LocalDateTime;
            DayWeather weather = climate.Day(middle.Date);
            double hour = middle.TimeOfDay.TickOfDay / (double)NodaConstants.TicksPerHour;
            double clearness = Math.Clamp(weather.ClearnessAt(hour) * (1.0 + (0.03 * random.NextGaussian())), 0.02, 1.0);
            double temperature = weather.TemperatureAt(hour);
            double watts = 0;
            for (int sub = 1; sub <= 5; sub += 2)
            {
                watts += array.PowerWatts(start + (sixth * sub), latitude, longitude, clearness, temperature) / 3.0;
            }

            points.Add(new CurvePoint(start + window.Step, (long)Math.Round(watts, MidpointRounding.ToEven)));
        }

        return points.MoveToImmutable();
    }
}

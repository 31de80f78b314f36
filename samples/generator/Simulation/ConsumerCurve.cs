using System.Collections.Immutable;
using Daisee.Billing.SampleGenerator.Physics;
using Daisee.Billing.SampleGenerator.Profiles;
using Daisee.Billing.SampleGenerator.Randomness;
using Daisee.Billing.SampleGenerator.Sites;
using NodaTime;

namespace Daisee.Billing.SampleGenerator.Simulation;

/// <summary>
/// A consumer's curve: the kind's expected shape at the middle of each step, times the
/// participant's scale, a day-to-day factor and AR(1) half-hourly noise; homes also get
/// random appliance cycles (washing machine, oven, kettle). The result stays between a
/// standby floor and 92 % of the subscribed power (kVA at cos φ ≈ 0.92), so that the average
/// power of a step never exceeds the subscription.
/// </summary>
public static class ConsumerCurve
{
    private const double StandbyFloorWatts = 60;

    public static ImmutableArray<CurvePoint> Simulate(
        ConsumerModel model, decimal subscribedKva, MonthWindow window, Climate climate, Pcg32 random)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(climate);
        ArgumentNullException.ThrowIfNull(random);
        bool household = ConsumerKindNames.IsHousehold(model.Kind);
        double ceiling = (double)subscribedKva * 1000.0 * 0.92;
        double sigma = household ? 0.14 : 0.07;
        var points = ImmutableArray.CreateBuilder<CurvePoint>(window.StepCount);
        DayContext? day = null;
        double dayFactor = 1, noise = 0, appliance = 0;
        int applianceSteps = 0;
        foreach (Instant start in window.StepStarts())
        {
            LocalDateTime middle = (start + (window.Step / 2)).InZone(window.Zone).LocalDateTime;
            if (day is null || day.Date != middle.Date)
            {
                day = new DayContext(middle.Date, climate.Day(middle.Date), random.NextDouble(), random.NextDouble(), random.NextDouble());
                dayFactor = 1.0 + ((household ? 0.12 : 0.05) * random.NextGaussian());
            }

            double hour = middle.TimeOfDay.TickOfDay / (double)NodaConstants.TicksPerHour;
            noise = (0.7 * noise) + (sigma * 0.714 * random.NextGaussian());
            double watts = LoadModel.ExpectedWatts(model.Kind, model.OffPeakWaterHeater, hour, day)
                * model.Scale * dayFactor * (1.0 + noise);
            if (household)
            {
                (appliance, applianceSteps) = NextAppliance(random, hour, appliance, applianceSteps);
                watts += appliance;
            }

            long rounded = (long)Math.Round(Math.Clamp(watts, StandbyFloorWatts, ceiling), MidpointRounding.ToEven);
            points.Add(new CurvePoint(start + window.Step, rounded));
        }

        return points.MoveToImmutable();
    }

    /// <summary>An appliance cycle of 1-3 steps at 0.5-2 kW average, more likely 7:00-23:00.</summary>
    private static (double Watts, int StepsLeft) NextAppliance(Pcg32 random, double hour, double watts, int stepsLeft)
    {
        double draw = random.NextDouble();
        double size = random.NextDouble(500, 2000);
        int length = 1 + random.NextInt(3);
        if (stepsLeft > 1)
        {
            return (watts, stepsLeft - 1);
        }

        double chance = hour is >= 7 and < 23 ? 0.07 : 0.01;
        return draw < chance ? (size, length) : (0, 0);
    }
}

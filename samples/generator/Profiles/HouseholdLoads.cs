using static Daisee.Billing.SampleGenerator.Profiles.DayShape;

namespace Daisee.Billing.SampleGenerator.Profiles;

/// <summary>
/// Expected power (W) of homes at a local hour, before noise (appliance cycles are added by
/// the simulator) and before the participant's scale factor. Nominal 6-9 kVA, the electrically
/// heated home 12 kVA; off-peak hours (HC) are 22:00-06:00.
/// </summary>
public static class HouseholdLoads
{
    /// <summary>Working couple: morning and evening peaks, more lighting and cooking in winter.</summary>
    public static double Household(double h, DayContext day) => Occupants(h, day, daytime: false);

    /// <summary>Retired couple at home during the day.</summary>
    public static double HouseholdDaytime(double h, DayContext day) => Occupants(h, day, daytime: true);

    /// <summary>
    /// Electric convectors driven by outdoor temperature (heat loss 220 W/K, comfort 19 °C
    /// morning and evening, 16.5 °C otherwise, 2.5 K of free gains) plus a 2.4 kW water heater
    /// running in off-peak hours.
    /// </summary>
    public static double HouseholdElectricHeating(double h, DayContext day)
    {
        bool home = !day.IsWorkingWeekday;
        bool comfort = home ? Window(h, 7.0, 23.0, 0.01) > 0
            : Window(h, 6.0, 9.0, 0.01) > 0 || Window(h, 17.0, 23.0, 0.01) > 0;
        double target = comfort ? 19.0 : 16.5;
        double outdoor = (0.6 * day.Weather.MeanTemperatureC) + (0.4 * day.Weather.TemperatureAt(h));
        double heating = 220 * Math.Max(0, target - 2.5 - outdoor);
        return Occupants(h, day, daytime: false) + heating + WaterHeater(h, day, 2400);
    }

    /// <summary>Household with an electric car charged at 3.7 kW on some evenings.</summary>
    public static double HouseholdElectricVehicle(double h, DayContext day)
    {
        double charging = 0;
        if (day.DrawA < 0.45)
        {
            double start = 18.5 + (2.0 * day.DrawB);
            charging = 3700 * Window(h, start, start + 1.5 + (3.0 * day.DrawC), 0.05);
        }

        return Occupants(h, day, daytime: false) + charging;
    }

    private static double Occupants(double h, DayContext day, bool daytime)
    {
        double winter = 1.0 + (0.45 * Math.Min(1.0, day.HeatingDegrees(16) / 12.0));
        bool weekday = day.IsWorkingWeekday;
        double morning = weekday && !daytime ? 850 * Bump(h, 7.1, 0.55) : 700 * Bump(h, 8.9, 1.0);
        double midday = weekday && !daytime ? 120 * Window(h, 9, 17, 1) : 900 * Bump(h, 12.6, 0.9) + (300 * Window(h, 9.5, 18, 1));
        double evening = 1300 * Bump(h, 19.6, 1.2) * winter;
        double late = 380 * Bump(h, 22.2, 0.8);
        double summerFan = 35 * day.CoolingDegrees(26, h);
        return 170 + morning + midday + evening + late + summerFan;
    }

    /// <summary>Water heater switched on by the off-peak signal at 22:00; longer in winter.</summary>
    public static double WaterHeater(double h, DayContext day, double watts)
    {
        double hours = 1.8 + (0.12 * day.HeatingDegrees(18)) + day.DrawC;
        return watts * Window(h, 22.0, Math.Min(24.0, 22.0 + hours), 0.02)
            + (watts * Window(h, 0.0, Math.Max(0.0, 22.0 + hours - 24.0), 0.02));
    }
}

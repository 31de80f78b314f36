using NodaTime;
using static Daisee.Billing.SampleGenerator.Profiles.DayShape;

namespace Daisee.Billing.SampleGenerator.Profiles;

/// <summary>
/// Expected power (W) of offices and public buildings at a local hour, before noise and
/// before the participant's scale factor. Nominal sizes: office and school 36 kVA, medical
/// practice 9 kVA, community hall 12 kVA.
/// </summary>
public static class ServiceLoads
{
    /// <summary>Engineering office (~40 desks): weekdays 7:30-19:00, heat pump / air conditioning.</summary>
    public static double Office(double h, DayContext day)
    {
        double servers = 1800;
        if (!day.IsWorkingWeekday)
        {
            return servers + (200 * day.HeatingDegrees(10));
        }

        double occupancy = Window(h, 7.25, 19.25, 1.5) * (1.0 - (0.18 * Bump(h, 12.75, 0.6)));
        double hvacWindow = Window(h, 6.0, 18.5, 0.75);
        double heating = 520 * day.HeatingDegrees(16) * hvacWindow;
        double cooling = 850 * day.CoolingDegrees(23, h) * hvacWindow;
        return servers + (8800 * occupancy) + heating + cooling;
    }

    /// <summary>Doctors' practice: Mon-Fri 8-19, Saturday morning.</summary>
    public static double MedicalPractice(double h, DayContext day)
    {
        double standby = 300;
        if (day.IsRestDay)
        {
            return standby;
        }

        double open = day.DayOfWeek == IsoDayOfWeek.Saturday ? Window(h, 8.25, 12.5, 0.5) : Window(h, 7.75, 19.25, 0.75);
        double climate = (110 * day.CoolingDegrees(24, h)) + (120 * day.HeatingDegrees(16));
        return standby + (open * (1500 + climate));
    }

    /// <summary>
    /// Nursery school with canteen: Mon, Tue, Thu, Fri all day, Wednesday morning; closed in
    /// school holidays (zone A), on weekends and public holidays; electric heating.
    /// </summary>
    public static double School(double h, DayContext day)
    {
        double standby = 900;
        bool schoolDay = day.IsWorkingWeekday && !day.IsSchoolHoliday;
        if (!schoolDay)
        {
            return standby + (90 * day.HeatingDegrees(10));
        }

        double close = day.DayOfWeek == IsoDayOfWeek.Wednesday ? 12.75 : 17.75;
        double occupancy = Window(h, 7.25, close, 0.75);
        double canteen = day.DayOfWeek == IsoDayOfWeek.Wednesday ? 0 : 7000 * Bump(h, 11.4, 0.6);
        double heating = 650 * day.HeatingDegrees(15) * Window(h, 5.5, close, 1.0);
        return standby + (4200 * occupancy) + canteen + heating;
    }

    /// <summary>
    /// Neighbourhood hall: mostly idle; an evening meeting on some weekdays, and an afternoon
    /// and evening event on about half of the weekends (chosen by the day's draws).
    /// </summary>
    public static double CommunityHall(double h, DayContext day)
    {
        double standby = 180;
        bool weekend = day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday || day.IsPublicHoliday;
        double heatingPerEvent = 300 * day.HeatingDegrees(16);
        if (weekend && day.DrawA < 0.5)
        {
            double start = 13.0 + (4.0 * day.DrawB);
            return standby + (Window(h, start, start + 5.0 + (2.0 * day.DrawC), 0.5) * (4200 + heatingPerEvent));
        }

        if (!weekend && day.DrawA < 0.35)
        {
            return standby + (Window(h, 18.0, 22.25, 0.25) * (2500 + heatingPerEvent));
        }

        return standby;
    }
}

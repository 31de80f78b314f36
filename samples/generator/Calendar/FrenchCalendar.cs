using NodaTime;

namespace Daisee.Billing.SampleGenerator.Calendar;

/// <summary>
/// French public holidays (metropolitan, computed for any year) and the school holidays of
/// zone A (Lyon) for school years 2025-2026 and 2026-2027 (official calendar as published;
/// outside those years no school holidays except July and August are assumed).
/// </summary>
public static class FrenchCalendar
{
    /// <summary>Inclusive first and last day off of each zone A school holiday.</summary>
    private static readonly (LocalDate First, LocalDate Last)[] ZoneASchoolHolidays =
    [
        (new LocalDate(2025, 10, 18), new LocalDate(2025, 11, 2)),
        (new LocalDate(2025, 12, 20), new LocalDate(2026, 1, 4)),
        (new LocalDate(2026, 2, 7), new LocalDate(2026, 2, 22)),
        (new LocalDate(2026, 4, 4), new LocalDate(2026, 4, 19)),
        (new LocalDate(2026, 7, 4), new LocalDate(2026, 8, 31)),
        (new LocalDate(2026, 10, 17), new LocalDate(2026, 11, 1)),
        (new LocalDate(2026, 12, 19), new LocalDate(2027, 1, 3)),
    ];

    public static bool IsPublicHoliday(LocalDate date)
    {
        LocalDate easter = EasterSunday(date.Year);
        return (date.Month, date.Day) is (1, 1) or (5, 1) or (5, 8) or (7, 14) or (8, 15) or (11, 1) or (11, 11) or (12, 25)
            || date == easter.PlusDays(1)
            || date == easter.PlusDays(39)
            || date == easter.PlusDays(50);
    }

    public static bool IsSchoolHoliday(LocalDate date)
    {
        if (date.Month is 7 or 8)
        {
            return true;
        }

        foreach ((LocalDate first, LocalDate last) in ZoneASchoolHolidays)
        {
            if (date >= first && date <= last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gregorian Easter Sunday (anonymous Meeus/Jones/Butcher algorithm).</summary>
    public static LocalDate EasterSunday(int year)
    {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }
}

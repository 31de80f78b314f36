using Daisee.Billing.SampleGenerator.Calendar;
using Daisee.Billing.SampleGenerator.Physics;
using NodaTime;

namespace Daisee.Billing.SampleGenerator.Profiles;

/// <summary>
/// What a load profile needs to know about a local day. <paramref name="DrawA"/>,
/// <paramref name="DrawB"/> and <paramref name="DrawC"/> are uniform draws in [0, 1) made once
/// per consumer and day (events such as a party in the hall or an EV charging session).
/// </summary>
public sealed record DayContext(LocalDate Date, DayWeather Weather, double DrawA, double DrawB, double DrawC)
{
    public IsoDayOfWeek DayOfWeek => Date.DayOfWeek;

    public bool IsPublicHoliday => FrenchCalendar.IsPublicHoliday(Date);

    public bool IsSchoolHoliday => FrenchCalendar.IsSchoolHoliday(Date);

    /// <summary>Sunday or a public holiday.</summary>
    public bool IsRestDay => DayOfWeek == IsoDayOfWeek.Sunday || IsPublicHoliday;

    public bool IsWorkingWeekday => !IsRestDay && DayOfWeek != IsoDayOfWeek.Saturday;

    /// <summary>Heating degrees below a base temperature, from the day's mean (°C).</summary>
    public double HeatingDegrees(double baseC) => Math.Max(0, baseC - Weather.MeanTemperatureC);

    /// <summary>Cooling degrees above a base temperature at a local hour (°C).</summary>
    public double CoolingDegrees(double baseC, double localHour) =>
        Math.Max(0, Weather.TemperatureAt(localHour) - baseC);
}

using NodaTime;
using PublicHoliday;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// Day types of French loads: 0 = working day, 1 = Saturday, 2 = Sunday or French public
/// holiday (the <c>PublicHoliday</c> package's calendar for France: fixed days, Easter
/// Monday, Ascension, Whit Monday).
/// </summary>
public static class DayTypes
{
    public const int Count = 3;

    private static readonly FrancePublicHoliday France = new();

    public static int Of(LocalDate day)
    {
        if (day.DayOfWeek == IsoDayOfWeek.Sunday || France.IsPublicHoliday(day.ToDateTimeUnspecified()))
        {
            return 2;
        }

        return day.DayOfWeek == IsoDayOfWeek.Saturday ? 1 : 0;
    }

    /// <summary>The model's finer day type: Monday 0 … Saturday 5, Sunday or public holiday 6 (shops close on given weekdays).</summary>
    public static int WeekdayOf(LocalDate day) =>
        Of(day) == 2 ? 6 : (int)day.DayOfWeek - 1;

    /// <summary>
    /// Heating need of a day from the climatology of metropolitan France (°C below 16 of a mean
    /// daily temperature 12.5 − 8.5·cos(2π(doy − 20)/365.25): 4 °C about 20 January, 21 °C about
    /// 21 July). The season, as the consumption model sees it when no weather file is given.
    /// </summary>
    public static double HeatingDegrees(LocalDate day)
    {
        var mean = 12.5 - (8.5 * Math.Cos(2 * Math.PI * (day.DayOfYear - 20) / 365.25));
        return Math.Max(0, 16 - mean);
    }
}

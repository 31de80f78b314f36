using System.Globalization;
using Daisee.Billing.SampleGenerator.Physics;
using Daisee.Billing.SampleGenerator.Simulation;
using NodaTime;
using NodaTime.Text;

namespace Daisee.Billing.SampleGenerator.Output;

/// <summary>
/// The site's weather file of a month, <c>weather/&lt;month&gt;.csv</c> (docs/forecast.md):
/// <c>start,ghi_w_m2,temperature_c</c> per step, start = the step's UTC start. The irradiance
/// is the same shared sky the producers' curves are drawn under (clearness of the step's local
/// half-hour, averaged over the three sub-instants the PV model uses), without the roofs' own
/// noise; the temperature is the air temperature at the step's middle. One decimal, UTF-8 without BOM, LF.
/// </summary>
public static class WeatherFile
{
    public const string Header = "start,ghi_w_m2,temperature_c";

    public static List<string> Lines(MonthWindow window, Climate climate, double latitude, double longitude)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(climate);
        var lines = new List<string>(window.StepCount + 1) { Header };
        Duration sixth = window.Step / 6;
        foreach (Instant start in window.StepStarts())
        {
            LocalDateTime middle = (start + (sixth * 3)).InZone(window.Zone).LocalDateTime;
            DayWeather weather = climate.Day(middle.Date);
            double hour = middle.TimeOfDay.TickOfDay / (double)NodaConstants.TicksPerHour;
            double clearness = weather.ClearnessAt(hour);
            double ghi = 0;
            for (int sub = 1; sub <= 5; sub += 2)
            {
                ghi += PvArray.GlobalHorizontal(SolarGeometry.Sun(start + (sixth * sub), latitude, longitude), clearness) / 3.0;
            }

            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{InstantPattern.ExtendedIso.Format(start)},{Math.Round(ghi, 1, MidpointRounding.ToEven):0.0},{Math.Round(weather.TemperatureAt(hour), 1, MidpointRounding.ToEven):0.0}"));
        }

        return lines;
    }
}

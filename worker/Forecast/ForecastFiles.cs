using System.Globalization;
using System.Text.Json;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Output;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// <c>forecast.json</c> (per member and for the collective: expected kWh with the 10 %/90 %
/// bands, expected self-consumption and coverage rates) and <c>forecast.csv</c>
/// (<c>start,prm,kind,p10_wh,p50_wh,p90_wh</c>, one row per step and series, the collective's
/// totals under the PRM <c>collective</c>; start = UTC step start).
/// </summary>
public static class ForecastFiles
{
    public const string JsonName = "forecast.json";
    public const string CsvName = "forecast.csv";

    public static byte[] Json(MonthForecast forecast) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("period", forecast.Period.Name);
        w.WriteNumber("stepMinutes", forecast.Period.StepMinutes);
        w.WriteNumber("historySteps", forecast.HistorySteps);
        w.WriteNumber("weatherSteps", forecast.WeatherSteps);
        w.WriteStartObject("site");
        w.WriteNumber("latitude", Math.Round((decimal)forecast.Site.Latitude, 4));
        w.WriteNumber("longitude", Math.Round((decimal)forecast.Site.Longitude, 4));
        w.WriteBoolean("assumed", forecast.Site.Assumed);
        w.WriteEndObject();
        w.WriteStartObject("collective");
        foreach (var kind in new[] { SeriesKind.Production, SeriesKind.Consumption })
        {
            Totals(w, Name(kind), forecast.Collective(kind, p => p.P10), forecast.Collective(kind, p => p.P50), forecast.Collective(kind, p => p.P90));
        }

        var production = ParticipantForecast.Total(forecast.Collective(SeriesKind.Production, p => p.P50));
        var consumption = ParticipantForecast.Total(forecast.Collective(SeriesKind.Consumption, p => p.P50));
        w.WriteNumber("localKwh", forecast.Local.KilowattHours);
        w.WriteNumber("selfConsumptionRate", Rate(forecast.Local, production));
        w.WriteNumber("coverageRate", Rate(forecast.Local, consumption));
        w.WriteEndObject();
        w.WriteStartArray("participants");
        foreach (var p in forecast.Participants)
        {
            w.WriteStartObject();
            w.WriteString("prm", p.Participant.Prm.Value);
            w.WriteString("kind", Name(p.Kind));
            Totals(w, "expected", p.P10, p.P50, p.P90);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static byte[] Csv(MonthForecast forecast)
    {
        var lines = new List<string>();
        for (var i = 0; i < forecast.Period.StepCount; i++)
        {
            var start = CsvText.Instant(forecast.Period.StepAt(i).Start);
            lines.AddRange(forecast.Participants.Select(p => Line(start, p.Participant.Prm.Value, p.Kind, p.P10[i], p.P50[i], p.P90[i])));
            foreach (var kind in new[] { SeriesKind.Production, SeriesKind.Consumption })
            {
                var of = forecast.Participants.Where(p => p.Kind == kind).ToList();
                Energy Sum(Func<ParticipantForecast, Energy> band) => of.Aggregate(Energy.Zero, (s, p) => s + band(p));
                lines.Add(Line(start, "collective", kind, Sum(p => p.P10[i]), Sum(p => p.P50[i]), Sum(p => p.P90[i])));
            }
        }

        return CsvText.Write("start,prm,kind,p10_wh,p50_wh,p90_wh", lines);
    }

    public static string Name(SeriesKind kind) => kind == SeriesKind.Production ? "production" : "consumption";

    private static string Line(string start, string prm, SeriesKind kind, Energy p10, Energy p50, Energy p90) =>
        string.Join(',', start, prm, Name(kind), CsvText.WattHours(p10), CsvText.WattHours(p50), CsvText.WattHours(p90));

    private static void Totals(Utf8JsonWriter w, string name, IEnumerable<Energy> p10, IEnumerable<Energy> p50, IEnumerable<Energy> p90)
    {
        w.WriteStartObject(name);
        w.WriteNumber("p10Kwh", p10.Aggregate(Energy.Zero, (s, v) => s + v).KilowattHours);
        w.WriteNumber("p50Kwh", p50.Aggregate(Energy.Zero, (s, v) => s + v).KilowattHours);
        w.WriteNumber("p90Kwh", p90.Aggregate(Energy.Zero, (s, v) => s + v).KilowattHours);
        w.WriteEndObject();
    }

    private static decimal Rate(Energy part, Energy whole) =>
        whole.MilliwattHours == 0 ? 0m : Math.Round(part.MilliwattHours / (decimal)whole.MilliwattHours, 4, MidpointRounding.AwayFromZero);

    /// <summary>A ratio as a decimal with 4 decimals (invariant), for the backtest.</summary>
    public static decimal Ratio(double value) =>
        double.IsFinite(value) ? Math.Round((decimal)value, 4, MidpointRounding.AwayFromZero) : 0m;

    public static string Percent(double value) => (Ratio(value) * 100m).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}

using System.Text.Json;
using Daisee.Billing.Worker.Output;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// <c>backtest.json</c>: the months scored (and skipped), and for each method and series kind
/// the normalised MAE (MAE / mean) per step and per local day, over all months and per month.
/// </summary>
public static class BacktestFile
{
    public const string FileName = "backtest.json";

    public static byte[] Write(BacktestReport report) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("months");
        report.Months.ToList().ForEach(w.WriteStringValue);
        w.WriteEndArray();
        w.WriteStartArray("skipped");
        report.Skipped.ToList().ForEach(w.WriteStringValue);
        w.WriteEndArray();
        w.WriteStartArray("overall");
        foreach (var score in report.Overall)
        {
            Score(w, score);
        }

        w.WriteEndArray();
        w.WriteStartArray("perMonth");
        foreach (var score in report.PerMonth)
        {
            Score(w, score);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void Score(Utf8JsonWriter w, BacktestScore score)
    {
        w.WriteStartObject();
        w.WriteString("method", score.Method);
        w.WriteString("kind", ForecastFiles.Name(score.Kind));
        if (score.Month is not null)
        {
            w.WriteString("month", score.Month);
        }

        w.WriteNumber("series", score.Series);
        w.WriteNumber("measuredKwh", Math.Round((decimal)score.Measured / 1_000_000m, 3));
        w.WriteNumber("nmaeStep", ForecastFiles.Ratio(score.StepNmae));
        w.WriteNumber("nmaeDay", ForecastFiles.Ratio(score.DayNmae));
        w.WriteEndObject();
    }
}

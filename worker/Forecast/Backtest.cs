using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// Measured skill: for each target month, every method learns from the history before the
/// month's first step only and predicts the whole month; the errors against the measured
/// curves are summed per kind (all producers, all consumers) per step and per local day.
/// A month without history before it or without measures in it is skipped and named. When the
/// dataset has weather files, the model is also scored without them (<see cref="ForecastModel.WithoutWeatherName"/>).
/// </summary>
public static class Backtest
{
    public static readonly ImmutableArray<IForecastMethod> Methods = [new ForecastModel(), new SmartPersistence(), new MeanProfile()];

    public static BacktestReport Run(History history, Collective collective, Site site, IReadOnlyList<YearMonth> months)
    {
        var perMonth = new List<BacktestScore>();
        var skipped = new List<string>();
        var scored = new List<string>();
        foreach (var month in months)
        {
            var period = new BillingPeriod(month, collective.Zone, collective.StepMinutes);
            var start = history.IndexOf(period.StartInstant);
            if (start <= 0 || start + period.StepCount > history.Count)
            {
                skipped.Add($"{period.Name}: the history ({history.Count} steps) does not cover both the month and time before it");
                continue;
            }

            var window = new ForecastWindow(history, site, collective.Zone, start, period.StepCount);
            scored.Add(period.Name);
            var methods = history.Weather.IsEmpty ? Methods : Methods.Insert(1, new ForecastModel(useWeather: false));
            perMonth.AddRange(methods.SelectMany(m => Kinds.Select(k => Score(window, m, k, period.Name))));
        }

        var overall = perMonth.GroupBy(s => (s.Method, s.Kind))
            .Select(g => new BacktestScore(g.Key.Method, g.Key.Kind, null, g.Sum(s => s.StepErrors), g.Sum(s => s.DayErrors), g.Sum(s => s.Measured), g.Max(s => s.Series)));
        return new BacktestReport([.. scored], [.. overall], [.. perMonth], [.. skipped]);
    }

    private static IEnumerable<SeriesKind> Kinds => [SeriesKind.Production, SeriesKind.Consumption];

    private static BacktestScore Score(ForecastWindow window, IForecastMethod method, SeriesKind kind, string month)
    {
        double stepErrors = 0, dayErrors = 0, measured = 0;
        var count = 0;
        foreach (var series in window.History.Series.Where(s => s.Kind == kind))
        {
            var forecast = method.Predict(window, series).P50;
            var days = new SortedDictionary<LocalDate, (double Forecast, double Measured)>();
            var any = false;
            for (var k = 0; k < window.TargetCount; k++)
            {
                var actual = ForecastWindow.Value(series, window.TargetStart + k);
                if (double.IsNaN(actual))
                {
                    continue;
                }

                any = true;
                stepErrors += Math.Abs(forecast[k] - actual);
                measured += actual;
                var day = window.Calendar(window.TargetStart + k).Day;
                var (f, a) = days.GetValueOrDefault(day);
                days[day] = (f + forecast[k], a + actual);
            }

            dayErrors += days.Values.Sum(d => Math.Abs(d.Forecast - d.Measured));
            count += any ? 1 : 0;
        }

        return new BacktestScore(method.Name, kind, month, stepErrors, dayErrors, measured, count);
    }
}

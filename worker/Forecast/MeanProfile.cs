namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// Baseline: the mean of each (day type, step of the day) over the last four measured weeks before the
/// training end (public holidays with Sundays, as the model sees them); a day type not seen
/// takes the working-day mean of the step, else 0.
/// </summary>
public sealed class MeanProfile : IForecastMethod
{
    public const string MethodName = "mean-profile-4-weeks";

    public string Name => MethodName;

    public SeriesForecast Predict(ForecastWindow window, HistorySeries series)
    {
        var sums = new Dictionary<(int, int), (double Sum, int Count)>();
        foreach (var i in window.Training(series, 28))
        {
            var value = ForecastWindow.Value(series, i);
            if (!double.IsNaN(value))
            {
                var (_, slot, type, _) = window.Calendar(i);
                var (sum, count) = sums.GetValueOrDefault((type, slot));
                sums[(type, slot)] = (sum + value, count + 1);
            }
        }

        double Mean((int, int) key) => sums.TryGetValue(key, out var s) ? s.Sum / s.Count : double.NaN;
        var values = window.Targets.Select(t =>
        {
            var (_, slot, type, _) = window.Calendar(t);
            var mean = Mean((type, slot));
            return double.IsNaN(mean) ? (double.IsNaN(Mean((0, slot))) ? 0 : Mean((0, slot))) : mean;
        }).ToArray();
        return SeriesForecast.Point(values);
    }
}

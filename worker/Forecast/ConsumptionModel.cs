using MathNet.Numerics.Statistics;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// Consumption by time of day, weekday (public holidays with Sundays) and season: for each
/// (weekday, step of the day) cell, a median (L1) ridge fit over the last
/// <see cref="TrainingDays"/> days (weights halving every <see cref="HalfLifeDays"/>) of
/// <c>a + b·(heating degrees − their mean)</c>, the heating degrees from the climatology of
/// <see cref="DayTypes.HeatingDegrees"/>; the slope is shrunk towards 0 when the window's
/// season hardly varies. Bands: the cell's 10 % and 90 % residuals. A cell never seen falls
/// back to another day's cell of the same step, then to the series' median.
/// </summary>
public static class ConsumptionModel
{
    public const int TrainingDays = 70;
    public const double HalfLifeDays = 28;

    public static SeriesForecast? Predict(ForecastWindow window, HistorySeries series)
    {
        var cells = new Dictionary<(int DayType, int Slot), Cell>();
        foreach (var i in window.Training(series, TrainingDays))
        {
            var value = ForecastWindow.Value(series, i);
            if (double.IsNaN(value))
            {
                continue;
            }

            var (day, slot, _, type) = window.Calendar(i);
            var cell = cells.TryGetValue((type, slot), out var c) ? c : cells[(type, slot)] = new Cell();
            cell.Add(DayTypes.HeatingDegrees(day), value, Math.Pow(0.5, (window.TrainEnd - i) / (HalfLifeDays * window.StepsPerDay)));
        }

        if (cells.Count == 0)
        {
            return null;
        }

        var fits = cells.ToDictionary(c => c.Key, c => c.Value.Fit());
        var fallback = cells.Values.SelectMany(c => c.Values).Median();
        var p10 = new List<double>();
        var p50 = new List<double>();
        var p90 = new List<double>();
        foreach (var t in window.Targets)
        {
            var (day, slot, _, type) = window.Calendar(t);
            var heat = DayTypes.HeatingDegrees(day);
            var fit = fits.TryGetValue((type, slot), out var f) ? f : fits.Where(c => c.Key.Slot == slot).Select(c => c.Value).FirstOrDefault();
            var centre = fit is null ? fallback : Math.Max(0, fit.A + (fit.B * (heat - fit.MeanHeat)));
            p50.Add(centre);
            p10.Add(Math.Max(0, centre + (fit?.Low ?? 0)));
            p90.Add(Math.Max(0, centre + (fit?.High ?? 0)));
        }

        return new SeriesForecast([.. p10], [.. p50], [.. p90]);
    }

    private sealed record CellFit(double A, double B, double MeanHeat, double Low, double High);

    private sealed class Cell
    {
        private readonly List<double> _heat = [];
        private readonly List<double> _weights = [];

        public List<double> Values { get; } = [];

        public void Add(double heat, double value, double weight)
        {
            _heat.Add(heat);
            Values.Add(value);
            _weights.Add(weight);
        }

        public CellFit Fit()
        {
            var total = _weights.Sum();
            var meanHeat = _heat.Zip(_weights, (h, w) => h * w).Sum() / total;
            var rows = _heat.Select(h => new[] { 1.0, h - meanHeat }).ToList();
            var beta = RidgeRegression.Fit(rows, Values, _weights, [1e-9 * total, 4.0 * total], medianRounds: 4);
            var residuals = rows.Select((r, i) => Values[i] - RidgeRegression.Dot(r, beta)).ToArray();
            return new CellFit(beta[0], beta[1], meanHeat, residuals.Quantile(0.1), residuals.Quantile(0.9));
        }
    }
}

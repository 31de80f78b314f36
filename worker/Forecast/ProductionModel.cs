using MathNet.Numerics.Statistics;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// PV production from solar geometry: over the last <see cref="TrainingDays"/> days (weights
/// halving every <see cref="HalfLifeDays"/>), a ridge fit of the step's energy on the clear-sky
/// features of <see cref="ClearSky"/> learns the plant's orientation, size and the season's
/// mean clearness. The central value is that clear-sky shape times the median ratio of
/// measured to fitted energy (the typical sky), the bands its 10 % and 90 % ratios, all capped
/// at the highest step seen (inverter limit). Night steps are 0.
/// With weather files (<see cref="Weather"/>), the ratio of a step whose irradiance is known is
/// instead a weighted least-squares line in the step's clearness (measured irradiance / the
/// clear-sky index of <see cref="ClearSky.Index"/>), learnt on the training steps that have
/// both, with the 10 % and 90 % residuals as bands (<see cref="WeatherRatio"/>).
/// </summary>
public static class ProductionModel
{
    public const int TrainingDays = 42;
    public const double HalfLifeDays = 21;

    public static SeriesForecast? Predict(ForecastWindow window, HistorySeries series, bool useWeather = true)
    {
        var rows = new List<double[]>();
        var y = new List<double>();
        var w = new List<double>();
        var steps = new List<int>();
        var max = 0.0;
        foreach (var i in window.Training(series, TrainingDays))
        {
            var value = ForecastWindow.Value(series, i);
            if (double.IsNaN(value))
            {
                continue;
            }

            max = Math.Max(max, value);
            var sun = window.Sun(i);
            if (sun[3] <= 0)
            {
                continue;
            }

            rows.Add(sun);
            y.Add(value);
            w.Add(Math.Pow(0.5, (window.TrainEnd - i) / (HalfLifeDays * window.StepsPerDay)));
            steps.Add(i);
        }

        if (rows.Count < window.StepsPerDay || max <= 0)
        {
            return null;
        }

        var trace = rows.Sum(r => r.Sum(v => v * v)) / rows.Count;
        var beta = RidgeRegression.Fit(rows, y, w, [.. Enumerable.Repeat(1e-6 * trace * w.Sum(), ClearSky.FeatureCount)]);
        var fitted = rows.Select(r => Math.Max(0, RidgeRegression.Dot(r, beta))).ToList();
        var peak = fitted.Max();
        var kept = Enumerable.Range(0, fitted.Count).Where(i => fitted[i] > 0.1 * peak).ToList();
        var ratios = kept.Select(i => y[i] / fitted[i]).ToArray();
        if (ratios.Length < 10)
        {
            return null;
        }

        var (q10, q50, q90) = (ratios.Quantile(0.1), ratios.Quantile(0.5), ratios.Quantile(0.9));
        var weather = useWeather ? WeatherRatio.Learn(window, [.. kept.Select(i => (steps[i], y[i] / fitted[i], w[i]))]) : null;
        double At(int index, double q) => Math.Min(max, Math.Max(0, RidgeRegression.Dot(window.Sun(index), beta)) * q);
        double Band(int index, double q, int band) => weather?.Ratio(window, index, band) is { } r ? At(index, r) : At(index, q);
        return new SeriesForecast(
            [.. window.Targets.Select(t => Band(t, q10, 0))],
            [.. window.Targets.Select(t => Band(t, q50, 1))],
            [.. window.Targets.Select(t => Band(t, q90, 2))]);
    }
}

using MathNet.Numerics.Statistics;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// How a plant's measured / clear-sky ratio follows the sky: <c>ratio ≈ a + b·clearness</c>,
/// clearness = measured irradiance (W/m²) / (1000 × <see cref="ClearSky.Index"/>) capped at
/// <see cref="MaxClearness"/>, fitted by weighted ridge least squares (MathNet.Numerics) on the
/// training steps that have both a measure and an irradiance; bands from the 10 % and 90 %
/// residuals. Null when fewer than <see cref="MinimumSteps"/> steps have both.
/// </summary>
public sealed class WeatherRatio
{
    public const int MinimumSteps = 48;
    public const double MaxClearness = 1.5;

    private readonly double[] _beta;
    private readonly double _low;
    private readonly double _high;

    private WeatherRatio(double[] beta, double low, double high) => (_beta, _low, _high) = (beta, low, high);

    public static WeatherRatio? Learn(ForecastWindow window, IReadOnlyList<(int Step, double Ratio, double Weight)> training)
    {
        var rows = new List<double[]>();
        var y = new List<double>();
        var w = new List<double>();
        foreach (var (step, ratio, weight) in training)
        {
            if (Clearness(window, step) is { } k)
            {
                rows.Add([1.0, k]);
                y.Add(ratio);
                w.Add(weight);
            }
        }

        if (rows.Count < MinimumSteps)
        {
            return null;
        }

        var beta = RidgeRegression.Fit(rows, y, w, [1e-9 * w.Sum(), 1e-6 * w.Sum()]);
        var residuals = rows.Select((r, i) => y[i] - RidgeRegression.Dot(r, beta)).ToArray();
        return new WeatherRatio(beta, residuals.Quantile(0.1), residuals.Quantile(0.9));
    }

    /// <summary>The step's ratio for band 0 (10 %), 1 (central) or 2 (90 %), or null when its irradiance is not known.</summary>
    public double? Ratio(ForecastWindow window, int step, int band) =>
        Clearness(window, step) is { } k
            ? Math.Max(0, RidgeRegression.Dot([1.0, k], _beta) + band switch { 0 => _low, 2 => _high, _ => 0 })
            : null;

    private static double? Clearness(ForecastWindow window, int step)
    {
        var ghi = window.History.Weather.Ghi(window.History.StepStart(step));
        var clear = 1000 * ClearSky.Index(window.History.StepStart(step), window.History.Step, window.Site);
        return double.IsNaN(ghi) || clear <= 1 ? null : Math.Min(MaxClearness, ghi / clear);
    }
}

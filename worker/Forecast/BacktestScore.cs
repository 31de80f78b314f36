namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// Absolute errors of one method on one kind of series (and one month, or all when
/// <see cref="Month"/> is null), in mWh: Σ|forecast − measured| per step and per local day,
/// and Σ measured. Normalised MAE = MAE / mean = Σ|error| / Σ measured.
/// </summary>
public sealed record BacktestScore(string Method, SeriesKind Kind, string? Month, double StepErrors, double DayErrors, double Measured, int Series)
{
    public double StepNmae => Measured > 0 ? StepErrors / Measured : double.NaN;

    public double DayNmae => Measured > 0 ? DayErrors / Measured : double.NaN;
}

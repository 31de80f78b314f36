using NodaTime;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// Baseline: each target step repeats the same local time of the same weekday in the last
/// measured week before the training end (a month ahead, "one week earlier" as far as it is known);
/// production is scaled by the clear-sky ratio between the two steps (0 when the source step
/// had no sun); 0 when no such step was measured.
/// </summary>
public sealed class SmartPersistence : IForecastMethod
{
    public const string MethodName = "smart-persistence";

    /// <summary>How far back the last measured same step is looked for (a history with gaps).</summary>
    public const int MaxWeeksBack = 60;

    public string Name => MethodName;

    public SeriesForecast Predict(ForecastWindow window, HistorySeries series)
    {
        var values = window.Targets.Select(t => At(window, series, t)).ToArray();
        return SeriesForecast.Point(values);
    }

    private static double At(ForecastWindow window, HistorySeries series, int target)
    {
        var history = window.History;
        var local = history.StepStart(target).InZone(window.Zone).LocalDateTime;
        var value = double.NaN;
        var source = target;
        for (var weeks = 1; weeks <= MaxWeeksBack && (source >= window.TrainEnd || double.IsNaN(value)); weeks++)
        {
            source = history.IndexOf(local.PlusWeeks(-weeks).InZoneLeniently(window.Zone).ToInstant());
            value = source < window.TrainEnd ? ForecastWindow.Value(series, source) : double.NaN;
        }

        if (double.IsNaN(value))
        {
            return 0;
        }

        if (series.Kind == SeriesKind.Consumption)
        {
            return value;
        }

        var from = ClearSky.Index(history.StepStart(source), history.Step, window.Site);
        var to = ClearSky.Index(history.StepStart(target), history.Step, window.Site);
        return from <= 1e-3 ? 0 : value * Math.Min(5, to / from);
    }
}

namespace Daisee.Billing.Worker.Forecast;

/// <summary>A way to predict a series' target steps from its history before them: the model or a baseline.</summary>
public interface IForecastMethod
{
    /// <summary>Stable name written in <c>backtest.json</c>.</summary>
    string Name { get; }

    SeriesForecast Predict(ForecastWindow window, HistorySeries series);
}

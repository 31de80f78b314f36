namespace Daisee.Billing.Worker.Forecast;

/// <summary>The learned model: <see cref="ProductionModel"/> for production, <see cref="ConsumptionModel"/> for consumption; a series too short to learn from falls back to <see cref="MeanProfile"/>.</summary>
public sealed class ForecastModel : IForecastMethod
{
    public const string MethodName = "model";

    public string Name => MethodName;

    public SeriesForecast Predict(ForecastWindow window, HistorySeries series) =>
        (series.Kind == SeriesKind.Production ? ProductionModel.Predict(window, series) : ConsumptionModel.Predict(window, series))
        ?? new MeanProfile().Predict(window, series);
}

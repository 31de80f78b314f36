namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// The learned model: <see cref="ProductionModel"/> for production (with the dataset's weather
/// files when it has them, unless <paramref name="useWeather"/> is false), <see cref="ConsumptionModel"/>
/// for consumption; a series too short to learn from falls back to <see cref="MeanProfile"/>.
/// </summary>
public sealed class ForecastModel(bool useWeather = true) : IForecastMethod
{
    public const string MethodName = "model";

    /// <summary>The same model with the weather files ignored (the clear-sky median only), scored beside it when a dataset has weather.</summary>
    public const string WithoutWeatherName = "model-without-weather";

    public string Name => useWeather ? MethodName : WithoutWeatherName;

    public SeriesForecast Predict(ForecastWindow window, HistorySeries series) =>
        (series.Kind == SeriesKind.Production ? ProductionModel.Predict(window, series, useWeather) : ConsumptionModel.Predict(window, series))
        ?? new MeanProfile().Predict(window, series);
}

namespace Daisee.Billing.Worker.Forecast;

/// <summary>What a forecast series measures: a producer's production or a consumer's consumption.</summary>
public enum SeriesKind
{
    Production,
    Consumption,
}

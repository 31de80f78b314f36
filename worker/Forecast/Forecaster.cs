using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// Forecasts a month for every member of the collective during that month who has history:
/// the model learns from every measured step before the month (all of the history when the
/// month lies after it).
/// </summary>
public static class Forecaster
{
    public static MonthForecast Forecast(History history, Collective collective, Site site, YearMonth month)
    {
        var period = new BillingPeriod(month, collective.Zone, collective.StepMinutes);
        var start = history.Count == 0 ? 0 : history.IndexOf(period.StartInstant);
        var window = new ForecastWindow(history, site, collective.Zone, start, period.StepCount);
        var days = Enumerable.Range(0, period.StepCount).Select(period.LocalDateOf).Distinct().ToList();
        var model = new ForecastModel();
        var participants = history.Series
            .Where(s => days.Any(s.Participant.Membership.Covers) && window.TrainEnd > 0)
            .Select(s => ParticipantForecast.From(s.Participant, s.Kind, model.Predict(window, s)));
        var weatherSteps = Enumerable.Range(0, period.StepCount).Count(i => !double.IsNaN(history.Weather.Ghi(period.StartInstant + (history.Step * i))));
        return new MonthForecast(period, site, window.TrainEnd, [.. participants]) { WeatherSteps = weatherSteps };
    }
}

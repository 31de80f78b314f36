using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Output;
using Daisee.Billing.Worker.Validation;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// The <c>--simulate</c> mode: the month's curves are the measured ones when the history has
/// any measure in the month (a missing step counts as 0), else the forecast's central values;
/// each policy is replayed by <see cref="PolicySimulator"/> and written by <see cref="SimulationFiles"/>.
/// </summary>
public static class PolicySimulation
{
    public static string? Write(OutputSet files, History history, Collective collective, Site site, ImmutableArray<DatasetEntry> entries, PlanningArguments arguments, ConformityLog log)
    {
        var period = new BillingPeriod(arguments.Months[0], collective.Zone, collective.StepMinutes);
        var (curves, source) = Curves(history, collective, site, period);
        if (curves.Curves.IsEmpty)
        {
            return $"No member has curves or history for {period.Name}: nothing to simulate.";
        }

        var collectiveEntry = entries.First(e => e.Path == CollectiveReader.FileName);
        ImmutableSortedDictionary<Prm, decimal> investment;
        using (var json = collectiveEntry.Open())
        {
            investment = InvestmentShares.Read(json);
        }

        var outcomes = PolicySimulator.Simulate(collective, curves, arguments.Policies, entries, investment);
        files.Add(SimulationFiles.JsonName, SimulationFiles.Json(period, source, outcomes));
        files.Add(SimulationFiles.CsvName, SimulationFiles.Csv(outcomes));
        return null;
    }

    /// <summary>The month's curves, one per member with history, and where they come from (<c>measured</c> or <c>forecast</c>).</summary>
    public static (CurveSet Curves, string Source) Curves(History history, Collective collective, Site site, BillingPeriod period)
    {
        var start = history.Count == 0 ? 0 : history.IndexOf(period.StartInstant);
        var measured = history.Series.Any(s => Enumerable.Range(start, period.StepCount).Any(i => !double.IsNaN(ForecastWindow.Value(s, i))));
        if (measured)
        {
            var curves = history.Series.Where(Matches).Select(s => Curve(s.Participant, Enumerable.Range(start, period.StepCount).Select(i => ForecastWindow.Value(s, i))));
            return (new CurveSet(period, [.. curves.OrderBy(c => c.Prm)]), "measured");
        }

        var forecast = Forecaster.Forecast(history, collective, site, period.Month);
        var predicted = forecast.Participants.Where(p => Matches(p.Participant, p.Kind)).Select(p => Curve(p.Participant, p.P50.Select(e => (double)e.MilliwattHours)));
        return (new CurveSet(period, [.. predicted.OrderBy(c => c.Prm)]), "forecast");
    }

    private static bool Matches(HistorySeries series) => Matches(series.Participant, series.Kind);

    private static bool Matches(Participant participant, SeriesKind kind) =>
        (participant.Role == Role.Producer && kind == SeriesKind.Production) || (participant.Role == Role.Consumer && kind == SeriesKind.Consumption);

    private static MeterCurve Curve(Participant participant, IEnumerable<double> values)
    {
        var energies = values.Select(v => new Energy(double.IsNaN(v) ? 0 : checked((long)Math.Round(v, MidpointRounding.ToEven)))).ToImmutableArray();
        return new MeterCurve(participant, energies, [.. energies.Select(_ => false)]);
    }
}

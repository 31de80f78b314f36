using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Forecast.Keys;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Output;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// The <c>--suggest-keys</c> mode: dynamic-simple keys for the month from its forecast
/// (<c>keys-suggested.csv</c>, the keys format <c>keys check</c> validates) and their simulated
/// gain over the collective's current rules (<c>keys-suggested.json</c>), both replayed by the
/// allocation stage and the billing rules on the month's curves: the measured ones when the
/// month is in the history (an honest test: the keys only saw the forecast), else the forecast.
/// </summary>
public static class SuggestedKeys
{
    public const string CsvName = "keys-suggested.csv";
    public const string JsonName = "keys-suggested.json";

    public static string? Write(OutputSet files, History history, Collective collective, Site site, ImmutableArray<DatasetEntry> entries, PlanningArguments arguments)
    {
        var month = arguments.Months[0];
        var forecast = Forecaster.Forecast(history, collective, site, month);
        if (forecast.Participants.IsEmpty)
        {
            return $"No member has history before {forecast.Period.Name}: no keys can be suggested.";
        }

        ImmutableSortedDictionary<Prm, decimal> investment;
        using (var json = entries.First(e => e.Path == CollectiveReader.FileName).Open())
        {
            investment = InvestmentShares.Read(json);
        }

        var csv = KeySuggester.Csv(forecast.Period, KeySuggester.Suggest(forecast, collective, arguments.Goal, investment));
        var (curves, source) = PolicySimulation.Curves(history, collective, site, forecast.Period);
        var current = PolicySimulator.Simulate(collective, curves, [PolicyNames.Current], entries, investment)[0];
        var keysEntry = new DatasetEntry(CsvName, csv.LongLength, () => new MemoryStream(csv, writable: false));
        var dynamic = collective with { Allocation = new AllocationRules(AllocationMethod.DynamicSimple) { KeysFile = CsvName } };
        var suggested = PolicySimulator.Simulate(dynamic, curves, [PolicyNames.Current], [keysEntry], investment)[0];
        files.Add(CsvName, csv);
        files.Add(JsonName, JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("period", forecast.Period.Name);
            w.WriteString("goal", arguments.Goal);
            w.WriteString("curves", source);
            foreach (var (name, outcome) in new[] { ("current", current), ("suggested", suggested) })
            {
                w.WriteStartObject(name);
                w.WriteString("method", outcome.Method.ToString());
                w.WriteNumber("localKwh", outcome.Local.KilowattHours);
                w.WriteNumber("surplusKwh", outcome.Surplus.KilowattHours);
                w.WriteNumber("savingEur", outcome.Saving);
                w.WriteEndObject();
            }

            w.WriteNumber("gainLocalKwh", (suggested.Local - current.Local).KilowattHours);
            w.WriteNumber("gainSavingEur", suggested.Saving - current.Saving);
            w.WriteEndObject();
        }));
        return suggested.Problem ?? current.Problem;
    }
}

using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Output;
using Daisee.Billing.Worker.Validation;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// The worker's planning modes (<see cref="PlanningArguments"/>), with the same iExec contract
/// as billing: pure, dataset entries in, output files out (with <c>manifest.json</c> and the
/// conformity report), a rejection message instead of an exception.
/// </summary>
public static class PlanningPipeline
{
    public static BillingOutcome Run(IReadOnlyList<string> args, ImmutableArray<DatasetEntry> entries, ImmutableArray<Issue> datasetIssues)
    {
        var log = new ConformityLog();
        foreach (var issue in datasetIssues)
        {
            log.Add(issue);
        }

        var arguments = PlanningArguments.Parse(args);
        if (arguments.Error is not null)
        {
            return Outcome(new OutputSet(), entries, log, null, arguments.Error);
        }

        var collectiveEntry = entries.FirstOrDefault(e => e.Path == CollectiveReader.FileName);
        if (collectiveEntry is null)
        {
            return Outcome(new OutputSet(), entries, log, null, "The dataset has no collective.json at its root; add it (see docs/collective.md).");
        }

        Collective? collective;
        Site site;
        using (var json = collectiveEntry.Open())
        {
            (collective, var issues) = CollectiveReader.Read(json);
            issues.ToList().ForEach(log.Add);
        }

        using (var json = collectiveEntry.Open())
        {
            site = Site.Read(json);
        }

        if (collective is null)
        {
            return Outcome(new OutputSet(), entries, log, null, "collective.json is invalid; see conformity.csv.");
        }

        var history = HistoryReader.Read(entries, collective, log);
        if (history.Count == 0)
        {
            return Outcome(new OutputSet(), entries, log, collective, "No load curve could be read under curves/: the forecast needs history.");
        }

        var files = new OutputSet();
        string? error = null;
        switch (arguments.Mode)
        {
            case PlanningArguments.ForecastMode:
                var forecast = Forecaster.Forecast(history, collective, site, arguments.Months[0]);
                files.Add(ForecastFiles.JsonName, ForecastFiles.Json(forecast));
                files.Add(ForecastFiles.CsvName, ForecastFiles.Csv(forecast));
                error = forecast.Participants.IsEmpty ? $"No member has history before {forecast.Period.Name}: nothing to learn from." : null;
                break;
            case PlanningArguments.BacktestMode:
                var report = Backtest.Run(history, collective, site, arguments.Months);
                files.Add(BacktestFile.FileName, BacktestFile.Write(report));
                error = report.Months.IsEmpty ? "No month could be scored: " + string.Join("; ", report.Skipped) : null;
                break;
            case PlanningArguments.SuggestKeysMode:
                error = SuggestedKeys.Write(files, history, collective, site, entries, arguments);
                break;
            default:
                error = PolicySimulation.Write(files, history, collective, site, entries, arguments, log);
                break;
        }

        return Outcome(files, entries, log, collective, error);
    }

    private static BillingOutcome Outcome(OutputSet files, ImmutableArray<DatasetEntry> entries, ConformityLog log, Collective? collective, string? error)
    {
        var report = log.ToReport();
        files.Add(ConformityWriter.JsonName, ConformityWriter.WriteJson(report));
        files.Add(ConformityWriter.CsvName, ConformityWriter.WriteCsv(report));
        var outputs = files.Files;
        var manifest = ManifestWriter.Write(outputs, InputDigest.Of(entries), collective?.RulesHash ?? string.Empty, "planning");
        return new BillingOutcome(outputs.Add(ManifestWriter.FileName, manifest), error, report);
    }
}

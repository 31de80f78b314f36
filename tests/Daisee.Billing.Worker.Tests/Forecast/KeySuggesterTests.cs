using System.Text.Json;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Forecast;
using Daisee.Billing.Worker.Forecast.Keys;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Tests.Support;
using Daisee.Billing.Worker.Validation;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Forecast;

/// <summary>Suggested keys for October 2026 of the Villeurbanne sample (learnt from March and June), for both goals.</summary>
[TestFixture]
public sealed class KeySuggesterTests
{
    private static readonly YearMonth October = new(2026, 10);

    [TestCase(KeyGoal.MaximiseLocal)]
    [TestCase(KeyGoal.FollowShares)]
    public void Suggest_NeverMoreThanTheForecastConsumptionAndSumAtMostOne(string goal)
    {
        var (collective, forecast) = Forecast();

        var lines = KeySuggester.Suggest(forecast, collective, goal, new Dictionary<Prm, decimal>());

        var production = forecast.Collective(SeriesKind.Production, p => p.P50);
        var consumption = forecast.Participants.Where(p => p.Kind == SeriesKind.Consumption).ToDictionary(p => p.Participant.Prm);
        Assert.That(lines.Where(l => l.Coefficient * production[l.Step].MilliwattHours > consumption[l.Prm].P50[l.Step].MilliwattHours), Is.Empty);
        Assert.That(lines.GroupBy(l => l.Step).Where(g => g.Sum(l => l.Coefficient) > 1m), Is.Empty);
        Assert.That(lines.Select(l => l.Step).Distinct().Count(), Is.EqualTo(forecast.Period.StepCount));
    }

    [TestCase(KeyGoal.MaximiseLocal)]
    [TestCase(KeyGoal.FollowShares)]
    public void Suggest_FilePassesTheKeysCheck(string goal)
    {
        var (collective, forecast) = Forecast();

        var csv = KeySuggester.Csv(forecast.Period, KeySuggester.Suggest(forecast, collective, goal, new Dictionary<Prm, decimal>()));

        var report = KeysChecker.Check(collective, October, "keys-suggested.csv", csv);
        Assert.That(report.Problems, Is.Empty, string.Join("\n", report.Problems.Take(5).Select(p => p.Message)));
        // October 2026 in Paris: 31 days × 48 half-hours + 2 (the repeated hour of 25 October).
        Assert.That(report.Steps, Is.EqualTo((31 * 48) + 2));
    }

    [Test]
    public void Suggest_MaximiseLocal_UsesAllForecastProductionTheConsumptionCanTake()
    {
        var (collective, forecast) = Forecast();

        var lines = KeySuggester.Suggest(forecast, collective, KeyGoal.MaximiseLocal, new Dictionary<Prm, decimal>());

        // Where forecast consumption exceeds production, the coefficients sum to 1 less the rounding down (6 decimals per member).
        var production = forecast.Collective(SeriesKind.Production, p => p.P50);
        // Demand of the members of the step's day (the hairdresser leaves on 15 October).
        long Demand(int step) => forecast.Participants
            .Where(p => p.Kind == SeriesKind.Consumption && p.Participant.Membership.Covers(forecast.Period.LocalDateOf(step)))
            .Sum(p => p.P50[step].MilliwattHours);
        var short_ = lines.GroupBy(l => l.Step).Where(g => production[g.Key].MilliwattHours > 0 && Demand(g.Key) > production[g.Key].MilliwattHours).ToList();
        Assert.That(short_, Is.Not.Empty);
        Assert.That(short_.All(g => g.Sum(l => l.Coefficient) > 1m - (g.Count() * 0.000001m)), Is.True);
    }

    [Test]
    public void SuggestKeysMode_WritesTheKeysAndTheirSimulatedGainOverTheCurrentRules()
    {
        var outcome = PlanningPipeline.Run(["--suggest-keys", "--month", "2026-10", "--goal", KeyGoal.FollowShares], Entries.FromFolder(RepositoryRoot.Combine("samples", "villeurbanne")), []);

        Assert.That(outcome.ErrorMessage, Is.Null);
        using var json = JsonDocument.Parse(outcome.Files[SuggestedKeys.JsonName]);
        var root = json.RootElement;
        var gain = root.GetProperty("suggested").GetProperty("localKwh").GetDecimal() - root.GetProperty("current").GetProperty("localKwh").GetDecimal();
        Assert.That(root.GetProperty("gainLocalKwh").GetDecimal(), Is.EqualTo(gain));
        Assert.That(root.GetProperty("curves").GetString(), Is.EqualTo("measured"));
        Assert.That(outcome.Files.ContainsKey(SuggestedKeys.CsvName), Is.True);
    }

    private static (Collective Collective, MonthForecast Forecast) Forecast()
    {
        var entries = Entries.FromFolder(RepositoryRoot.Combine("samples", "villeurbanne"));
        var entry = entries.Single(e => e.Path == CollectiveReader.FileName);
        Collective collective;
        Site site;
        using (var json = entry.Open())
        {
            collective = CollectiveReader.Read(json).Collective!;
        }

        using (var json = entry.Open())
        {
            site = Site.Read(json);
        }

        var history = HistoryReader.Read(entries, collective, new ConformityLog());
        return (collective, Forecaster.Forecast(history, collective, site, October));
    }
}

using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Forecast;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Tests.Support;
using Daisee.Billing.Worker.Validation;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Forecast;

/// <summary>Measured skill on a fixed-seed generated year: the model must beat both baselines (a benchmark-style check, not timed).</summary>
[TestFixture]
public sealed class BacktestTests
{
    private static readonly Lazy<BacktestReport> Report = new(() =>
    {
        var entries = Entries.FromFolder(GeneratedYear.Path);
        var collectiveEntry = entries.Single(e => e.Path == CollectiveReader.FileName);
        Collective collective;
        Site site;
        using (var json = collectiveEntry.Open())
        {
            collective = CollectiveReader.Read(json).Collective!;
        }

        using (var json = collectiveEntry.Open())
        {
            site = Site.Read(json);
        }

        var history = HistoryReader.Read(entries, collective, new ConformityLog());
        return Backtest.Run(history, collective, site, [.. Enumerable.Range(1, 12).Select(m => new YearMonth(2026, m))]);
    });

    [Test]
    public void Run_GeneratedYear_ScoresEveryMonthOf2026()
    {
        Assert.That(Report.Value.Months, Is.EqualTo(Enumerable.Range(1, 12).Select(m => $"2026-{m:00}")));
        Assert.That(Report.Value.Skipped, Is.Empty);
    }

    [TestCase(SeriesKind.Production, SmartPersistence.MethodName)]
    [TestCase(SeriesKind.Production, MeanProfile.MethodName)]
    [TestCase(SeriesKind.Consumption, SmartPersistence.MethodName)]
    [TestCase(SeriesKind.Consumption, MeanProfile.MethodName)]
    public void Run_GeneratedYear_ModelBeatsTheBaselinePerStepAndPerDay(SeriesKind kind, string baseline)
    {
        var model = Report.Value.Score(ForecastModel.MethodName, kind)!;
        var other = Report.Value.Score(baseline, kind)!;

        Assert.Multiple(() =>
        {
            Assert.That(model.StepNmae, Is.LessThan(other.StepNmae), "normalised MAE per step");
            Assert.That(model.DayNmae, Is.LessThan(other.DayNmae), "normalised MAE per day");
            Assert.That(model.Series, Is.EqualTo(kind == SeriesKind.Production ? 2 : GeneratedYear.Consumers));
        });
    }

    [Test]
    public void Run_GeneratedYear_NormalisedMaeIsErrorsOverMeasured()
    {
        var score = Report.Value.Score(ForecastModel.MethodName, SeriesKind.Consumption)!;
        var months = Report.Value.PerMonth.Where(s => s.Method == ForecastModel.MethodName && s.Kind == SeriesKind.Consumption).ToList();

        Assert.That(months, Has.Count.EqualTo(12));
        Assert.That(score.StepNmae, Is.EqualTo(months.Sum(m => m.StepErrors) / months.Sum(m => m.Measured)).Within(1e-12));
        Assert.That(score.StepNmae, Is.GreaterThan(0.01).And.LessThan(1), "a sane forecast of noisy loads");
    }
}

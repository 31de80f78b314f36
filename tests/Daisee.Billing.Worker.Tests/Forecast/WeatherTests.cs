using System.Text;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Forecast;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Tests.Support;
using Daisee.Billing.Worker.Validation;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Forecast;

/// <summary>The optional weather files: read line by line with every fault named, and used by the production model (the generated year with its weather, scored with and without it).</summary>
[TestFixture]
public sealed class WeatherTests
{
    private static readonly Lazy<BacktestReport> Report = new(() =>
    {
        var (entries, collective, site) = Open(GeneratedYear.PathWithWeather);
        var history = HistoryReader.Read(entries, collective, new ConformityLog());
        return Backtest.Run(history, collective, site, [.. Enumerable.Range(1, 12).Select(m => new YearMonth(2026, m))]);
    });

    [Test]
    public void Read_HandWrittenFile_KeepsTheGoodLinesAndNamesEachBadOneWithItsField()
    {
        using var dataset = TestDataset.Standard(new YearMonth(2026, 6));
        Directory.CreateDirectory(Path.Combine(dataset.Folder, "weather"));
        File.WriteAllText(Path.Combine(dataset.Folder, "weather", "2026-06.csv"), string.Join('\n',
            "start,ghi_w_m2,temperature_c",
            "2026-06-01T10:00:00Z,812.5,24.1",
            "2026-06-01T10:30:00Z,640,",
            "2026-06-01 11:00,500,20",
            "2026-06-01T11:10:00Z,500,20",
            "2026-06-01T11:30:00Z,-3,20",
            "2026-06-01T12:00:00Z,700,75",
            "2026-06-01T10:00:00Z,100,20") + "\n", new UTF8Encoding(false));
        var log = new ConformityLog();

        var weather = WeatherReader.Read(Entries.FromFolder(dataset.Folder), ReadCollective(dataset.Folder), log);

        var ten = Instant.FromUtc(2026, 6, 1, 10, 0);
        var issues = log.ToReport().Issues.Where(i => i.Source == "weather/2026-06.csv").Select(i => (i.Line, i.Code, i.Field)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(weather.GhiWattsPerSquareMetre.Keys, Is.EqualTo(new[] { ten, ten + Duration.FromMinutes(30) }));
            Assert.That(weather.Ghi(ten), Is.EqualTo(812.5));
            Assert.That(weather.Ghi(ten + Duration.FromMinutes(30)), Is.EqualTo(640));
            Assert.That(weather.TemperatureCelsius.Keys, Is.EqualTo(new[] { ten }), "an empty temperature is allowed");
            Assert.That(weather.TemperatureCelsius[ten], Is.EqualTo(24.1));
            Assert.That(issues, Is.EqualTo(new[]
            {
                (4, IssueCodes.TimestampInvalid, (string?)"start"),
                (5, IssueCodes.TimestampMisaligned, "start"),
                (6, IssueCodes.ValueOutOfRange, "ghi_w_m2"),
                (7, IssueCodes.ValueOutOfRange, "temperature_c"),
                (8, IssueCodes.DuplicateConflicting, "start"),
            }));
        });
    }

    [Test]
    public void Run_GeneratedYearWithWeather_ScoresTheModelWithAndWithoutIt()
    {
        Assert.That(Report.Value.Overall.Select(s => s.Method).Distinct(), Is.EqualTo(new[]
        {
            ForecastModel.MethodName, ForecastModel.WithoutWeatherName, SmartPersistence.MethodName, MeanProfile.MethodName,
        }));
    }

    [Test]
    public void Run_GeneratedYearWithWeather_TheIrradianceLowersTheProductionError()
    {
        var with = Report.Value.Score(ForecastModel.MethodName, SeriesKind.Production)!;
        var without = Report.Value.Score(ForecastModel.WithoutWeatherName, SeriesKind.Production)!;

        Assert.Multiple(() =>
        {
            Assert.That(with.StepNmae, Is.LessThan(without.StepNmae * 0.8), "per step, at least a fifth lower");
            Assert.That(with.DayNmae, Is.LessThan(without.DayNmae * 0.8), "per day, at least a fifth lower");
        });
    }

    [Test]
    public void Run_GeneratedYearWithWeather_ConsumptionIsUnchanged()
    {
        var with = Report.Value.Score(ForecastModel.MethodName, SeriesKind.Consumption)!;
        var without = Report.Value.Score(ForecastModel.WithoutWeatherName, SeriesKind.Consumption)!;

        Assert.That(with.StepNmae, Is.EqualTo(without.StepNmae));
    }

    /// <summary>December 2026: 31 days × 48 half-hours = 1488 steps, all in the generated weather file; none without it.</summary>
    [Test]
    public void Forecast_MonthCoveredByTheWeatherFiles_CountsItsWeatherSteps()
    {
        int WeatherSteps(string folder)
        {
            var outcome = PlanningPipeline.Run(["--forecast", "--month", "2026-12"], Entries.FromFolder(folder), []);
            Assert.That(outcome.ErrorMessage, Is.Null);
            using var json = System.Text.Json.JsonDocument.Parse(outcome.Files[ForecastFiles.JsonName]);
            return json.RootElement.GetProperty("weatherSteps").GetInt32();
        }

        Assert.Multiple(() =>
        {
            Assert.That(WeatherSteps(GeneratedYear.PathWithWeather), Is.EqualTo(31 * 48));
            Assert.That(WeatherSteps(GeneratedYear.Path), Is.Zero);
        });
    }

    private static Collective ReadCollective(string folder)
    {
        using var json = File.OpenRead(Path.Combine(folder, CollectiveReader.FileName));
        return CollectiveReader.Read(json).Collective!;
    }

    private static (IReadOnlyList<DatasetEntry> Entries, Collective Collective, Site Site) Open(string folder)
    {
        var entries = Entries.FromFolder(folder);
        using var json = File.OpenRead(Path.Combine(folder, CollectiveReader.FileName));
        var collective = CollectiveReader.Read(json).Collective!;
        using var again = File.OpenRead(Path.Combine(folder, CollectiveReader.FileName));
        return (entries, collective, Site.Read(again));
    }
}

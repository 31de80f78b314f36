using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Forecast;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Forecast;

/// <summary>
/// The methods on a hand-made history: five weeks of 30-minute steps from Monday 2 February
/// 2026 (local, no public holiday until Easter), a consumer drawing 1000 × (ISO weekday) + slot
/// mWh, so every expected value is plain arithmetic.
/// </summary>
[TestFixture]
public sealed class BaselineTests
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
    private static readonly Site Lyon = new(45.766, 4.879, false);
    private const int Days = 35;

    [Test]
    public void SmartPersistence_Consumption_RepeatsTheSameStepOfTheLastWeek()
    {
        var (window, series) = Window();

        var forecast = new SmartPersistence().Predict(window, series).P50;

        Assert.That(forecast, Is.EqualTo(Expected((weekday, slot) => (1000.0 * weekday) + slot)));
    }

    [Test]
    public void MeanProfile_Consumption_MeansWorkingDaysSaturdaysAndSundaysOfFourWeeks()
    {
        var (window, series) = Window();

        var forecast = new MeanProfile().Predict(window, series).P50;

        // Working days: (1000 + 2000 + 3000 + 4000 + 5000) / 5 = 3000.
        Assert.That(forecast, Is.EqualTo(Expected((weekday, slot) => (weekday <= 5 ? 3000.0 : 1000.0 * weekday) + slot)));
    }

    [Test]
    public void Model_Consumption_LearnsEachWeekdayExactly()
    {
        var (window, series) = Window();

        var forecast = new ForecastModel().Predict(window, series);

        var expected = Expected((weekday, slot) => (1000.0 * weekday) + slot);
        Assert.That(Worst(forecast.P50, expected), Is.LessThan(0.01), "far below the 1 mWh the forecast is rounded to");
        Assert.That(forecast.P10.Zip(forecast.P90).All(b => b.First <= b.Second), Is.True);
    }

    [Test]
    public void SmartPersistence_Production_ScalesLastWeekByTheClearSkyRatio()
    {
        var (window, series) = Window(SeriesKind.Production, i => 1e6 * ClearSkyAt(i));

        var forecast = new SmartPersistence().Predict(window, series).P50;

        // Daylight well above the dawn threshold, where the source step had sun too.
        var day = window.Targets.Select((t, k) => (t, k)).Where(p => ClearSkyAt(p.t) > 0.05).ToList();
        Assert.That(day, Has.Count.GreaterThan(7 * 16));
        Assert.That(day.Select(p => forecast[p.k]), Is.EqualTo(day.Select(p => 1e6 * ClearSkyAt(p.t))).Within(1e-3));
    }

    [Test]
    public void Model_Production_RecoversAPlaneThatIsALinearCombinationOfTheSunFeatures()
    {
        // A south-tilted plane (normal with a negative north component): never negative while the sun is up, so exactly linear.
        var plane = new[] { 0, -0.5e6, 2.0e6, 0.2e6 };
        var (window, series) = Window(SeriesKind.Production, i => Plane(plane, i));

        var forecast = new ForecastModel().Predict(window, series).P50;

        // Capped at the highest step of the training weeks (the inverter limit as far as it is known).
        var cap = Enumerable.Range(0, Days * 48).Skip((Days - ProductionModel.TrainingDays) * 48).Max(i => Plane(plane, i));
        var expected = window.Targets.Select(t => Math.Min(cap, Plane(plane, t))).ToArray();
        Assert.That(Worst(forecast, expected), Is.LessThan(1e-4 * expected.Max()), "0.01 % of the peak: only the ridge's shrinkage");
    }

    /// <summary>The largest absolute difference, its step in the message when it fails.</summary>
    private static double Worst(IReadOnlyList<double> actual, double[] expected)
    {
        Assert.That(actual, Has.Count.EqualTo(expected.Length));
        var k = Enumerable.Range(0, actual.Count).MaxBy(i => Math.Abs(actual[i] - expected[i]));
        TestContext.Out.WriteLine($"worst at target step {k}: {actual[k]} vs {expected[k]}");
        return Math.Abs(actual[k] - expected[k]);
    }

    private static Instant Start => Paris.AtStartOfDay(new LocalDate(2026, 2, 2)).ToInstant();

    private static double ClearSkyAt(int index) => ClearSky.Index(Start + Duration.FromMinutes(30 * index), Duration.FromMinutes(30), Lyon);

    private static double Plane(double[] beta, int index)
    {
        var f = ClearSky.Features(Start + Duration.FromMinutes(30 * index), Duration.FromMinutes(30), Lyon);
        return Math.Max(0, f.Zip(beta, (x, b) => x * b).Sum());
    }

    private static (ForecastWindow Window, HistorySeries Series) Window(SeriesKind kind = SeriesKind.Consumption, Func<int, double>? value = null)
    {
        var steps = Days * 48;
        value ??= i => (1000.0 * ((i / 48 % 7) + 1)) + (i % 48);
        var participant = new Participant(Prm.Parse("30000000000011"), "A", kind == SeriesKind.Production ? Role.Producer : Role.Consumer, default);
        var series = new HistorySeries(participant, kind, [.. Enumerable.Range(0, steps).Select(value)]);
        var history = new History(Start, Duration.FromMinutes(30), steps, [series]);
        return (new ForecastWindow(history, Lyon, Paris, steps, 7 * 48), series);
    }

    /// <summary>The target week (Monday 9 March 2026 onwards, no DST change) by ISO weekday 1–7 and slot 0–47.</summary>
    private static double[] Expected(Func<int, int, double> at) =>
        [.. Enumerable.Range(0, 7 * 48).Select(k => at((k / 48) + 1, k % 48))];
}

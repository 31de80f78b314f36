using Daisee.Billing.Requester.Commands;
using Daisee.Billing.Requester.Runners;
using Daisee.Billing.Requester.Tests.Support;

namespace Daisee.Billing.Requester.Tests.Commands;

/// <summary><c>forecast</c> and <c>backtest</c> with the embedded local runner: the real worker binary runs its planning modes as a child process.</summary>
[TestFixture]
public sealed class PlanningCommandTests
{
    private static string Sample => RepositoryRoot.Combine("samples", "villeurbanne");

    [Test]
    public async Task Forecast_SampleJuly_PrintsTheCollectiveAndEveryMemberAndWritesTheCsv()
    {
        using var console = new RecordingConsole();
        var output = Directory.CreateTempSubdirectory("daisee-forecast-").FullName;
        try
        {
            var exit = await ForecastCommand.RunAsync(console.Console, LocalRunner.Beside(), new RunRequest(Sample, output, ["--forecast", "--month", "2026-07"]), CancellationToken.None);

            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), console.Text);
            Assert.That(console.Text, Does.Contain("collective").And.Contain("30000000000001").And.Contain("self-consumption rate"));
            Assert.That(File.Exists(Path.Combine(output, "forecast.csv")), Is.True);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Test]
    public async Task Backtest_SampleMonths_PrintsEveryMethodAndNamesTheSkippedMonth()
    {
        using var console = new RecordingConsole();
        var output = Directory.CreateTempSubdirectory("daisee-backtest-").FullName;
        try
        {
            var request = new RunRequest(Sample, output, ["--backtest", "--months", "2026-03,2026-06,2026-10"]);

            var exit = await BacktestCommand.RunAsync(console.Console, LocalRunner.Beside(), request, CancellationToken.None);

            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), console.Text);
            Assert.That(console.Text, Does.Contain("model").And.Contain("smart-persistence").And.Contain("mean-profile-4-weeks"));
            Assert.That(console.Text, Does.Contain("skipped 2026-03"), "no history before the first sample month");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Test]
    public async Task Simulate_SampleJune_ShowsEveryPolicyAndEveryConsumer()
    {
        using var console = new RecordingConsole();
        var output = Directory.CreateTempSubdirectory("daisee-simulate-").FullName;
        try
        {
            var request = new RunRequest(Sample, output, ["--simulate", "--month", "2026-06", "--policies", "prorata,static,cascade,current"]);

            var exit = await SimulateCommand.RunAsync(console.Console, LocalRunner.Beside(), request, CancellationToken.None);

            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), console.Text);
            Assert.That(console.Text, Does.Contain("measured curves").And.Contain("cascade").And.Contain("30000000000011"));
            Assert.That(File.Exists(Path.Combine(output, "simulation.csv")), Is.True);
            var png = File.ReadAllBytes(Path.Combine(output, SimulationChart.PngName));
            Assert.That(png.Take(8), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "a PNG file");
            var html = File.ReadAllText(Path.Combine(output, SimulationChart.HtmlName));
            Assert.That(html, Does.Contain("data:image/png;base64," + Convert.ToBase64String(png)).And.Contain("<td>cascade</td>"));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Test]
    public async Task Forecast_DatasetWithoutCollective_ExitsRejected()
    {
        using var console = new RecordingConsole();
        var dataset = Directory.CreateTempSubdirectory("daisee-empty-ds-").FullName;
        var output = Directory.CreateTempSubdirectory("daisee-forecast-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dataset, "readme.txt"), "no collective here");

            var exit = await ForecastCommand.RunAsync(console.Console, LocalRunner.Beside(), new RunRequest(dataset, output, ["--forecast", "--month", "2026-07"]), CancellationToken.None);

            Assert.That(exit, Is.EqualTo(ExitCodes.Rejected));
            Assert.That(console.Text, Does.Contain("collective.json"));
        }
        finally
        {
            Directory.Delete(dataset, recursive: true);
            Directory.Delete(output, recursive: true);
        }
    }
}

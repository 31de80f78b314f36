using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Daisee.Billing.Worker.Tests.Support;

namespace Daisee.Billing.Worker.Tests.Forecast;

/// <summary>The forecast and backtest modes on the real worker binary with the iExec contract (zip dataset in IEXEC_IN, result in IEXEC_OUT).</summary>
[TestFixture]
public sealed class ForecastContractTests
{
    [Test]
    public void Forecast_SameInputTwice_IdenticalBytesAndListedInTheManifest()
    {
        using var input = new TempFolder();
        using var first = new TempFolder();
        using var second = new TempFolder();
        Zip(GeneratedYear.Path, input.Combine("dataset.zip"));

        var run1 = WorkerProcess.Run(Iexec(input.Path, first.Path), "--forecast", "--month", "2026-07");
        var run2 = WorkerProcess.Run(Iexec(input.Path, second.Path), "--forecast", "--month", "2026-07");

        Assert.That(run1.ExitCode, Is.Zero, run1.Stderr);
        Assert.That(run2.ExitCode, Is.Zero, run2.Stderr);
        var files = Directory.GetFiles(first.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.That(files, Is.SupersetOf(new[] { "computed.json", "forecast.csv", "forecast.json", "manifest.json" }));
        foreach (var name in files.Where(n => n != "computed.json"))
        {
            Assert.That(File.ReadAllBytes(second.Combine(name!)), Is.EqualTo(File.ReadAllBytes(first.Combine(name!))), name);
        }

        using var manifest = JsonDocument.Parse(File.ReadAllText(first.Combine("manifest.json")));
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("sha256").GetString());
        Assert.That(listed["forecast.json"], Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(first.Combine("forecast.json"))))));
        Assert.That(listed["forecast.csv"], Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(first.Combine("forecast.csv"))))));
    }

    [Test]
    public void Forecast_Csv_BandsAreOrderedAndTheCollectiveIsTheSumOfItsMembers()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        Zip(GeneratedYear.Path, input.Combine("dataset.zip"));

        var run = WorkerProcess.Run(Iexec(input.Path, output.Path), "--forecast", "--month", "2026-07");

        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        var rows = File.ReadAllLines(output.Combine("forecast.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        // July 2026 in Paris: 31 days × 48 steps; 2 producers + 6 consumers + 2 collective rows per step.
        Assert.That(rows, Has.Count.EqualTo(31 * 48 * 10));
        Assert.That(rows.All(r => D(r[3]) <= D(r[4]) && D(r[4]) <= D(r[5])), Is.True, "p10 ≤ p50 ≤ p90");
        var july1Noon = rows.Where(r => r[0] == "2026-07-01T10:00:00Z" && r[2] == "production").ToList();
        Assert.That(july1Noon.Single(r => r[1] == "collective")[4], Is.EqualTo(july1Noon.Where(r => r[1] != "collective").Sum(r => D(r[4])).ToString(CultureInfo.InvariantCulture)));
        using var json = JsonDocument.Parse(File.ReadAllText(output.Combine("forecast.json")));
        var rate = json.RootElement.GetProperty("collective").GetProperty("selfConsumptionRate").GetDecimal();
        Assert.That(rate, Is.GreaterThan(0m).And.LessThanOrEqualTo(1m));
    }

    [Test]
    public void Backtest_Worker_WritesBacktestJsonForEveryMethodAndKind()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        Zip(GeneratedYear.Path, input.Combine("dataset.zip"));

        var run = WorkerProcess.Run(Iexec(input.Path, output.Path), "--backtest", "--months", "2026-05..2026-06");

        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        using var json = JsonDocument.Parse(File.ReadAllText(output.Combine("backtest.json")));
        var overall = json.RootElement.GetProperty("overall").EnumerateArray()
            .Select(s => $"{s.GetProperty("method").GetString()}/{s.GetProperty("kind").GetString()}").ToList();
        Assert.That(overall, Is.EquivalentTo(new[]
        {
            "model/production", "model/consumption", "smart-persistence/production", "smart-persistence/consumption",
            "mean-profile-4-weeks/production", "mean-profile-4-weeks/consumption",
        }));
    }

    [Test]
    public void Forecast_WithoutMonth_WritesTheErrorMessageAndExitsZero()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        Zip(GeneratedYear.Path, input.Combine("dataset.zip"));

        var run = WorkerProcess.Run(Iexec(input.Path, output.Path), "--forecast");

        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        using var computed = JsonDocument.Parse(File.ReadAllText(output.Combine("computed.json")));
        Assert.That(computed.RootElement.GetProperty("error-message").GetString(), Does.Contain("--month YYYY-MM"));
    }

    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    private static void Zip(string folder, string zipPath)
    {
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            zip.CreateEntryFromFile(file, Path.GetRelativePath(folder, file).Replace('\\', '/'));
        }
    }

    private static Dictionary<string, string> Iexec(string input, string output) => new()
    {
        ["IEXEC_IN"] = input,
        ["IEXEC_OUT"] = output,
        ["IEXEC_DATASET_FILENAME"] = "dataset.zip",
        ["IEXEC_INPUT_FILES_NUMBER"] = "0",
    };
}

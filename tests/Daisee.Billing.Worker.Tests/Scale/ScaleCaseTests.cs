using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Daisee.Billing.SampleGenerator.Datasets;
using Daisee.Billing.SampleGenerator.Simulation;
using Daisee.Billing.SampleGenerator.Sites;
using Daisee.Billing.Worker.Tests.Support;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Scale;

/// <summary>
/// The reduced scale case CI runs: the sample generator's collective with 300 consumers, June
/// 2026, billed by the real worker binary. It checks the outputs' invariants against values
/// computed here (the generator's own points, the manifest re-hashed) and prints the run's wall
/// time and peak RSS; it asserts no time (scripts/bench/scale.sh measures speed).
/// </summary>
[TestFixture]
[Category("Scale")]
public sealed class ScaleCaseTests
{
    private const int Consumers = 300;
    private const int Participants = Consumers + 2;
    private const int JuneSteps = 30 * 48;

    [Test]
    public void Bill_ThreeHundredMembers_OutputsHoldTheirInvariants()
    {
        using var root = new TempFolder();
        var dataset = root.Combine("dataset");
        var output = root.Combine("out");
        var spec = VilleurbanneRoster.Create(Consumers);
        var month = new YearMonth(2026, 6);
        var (content, _) = DatasetSimulation.Run(42, spec, [month]);
        content.Write(dataset);
        var simulator = new CurveSimulator(42, spec);
        var expectedConsumptionMilliwattHours = spec.Participants
            .Where(p => p.Role == ParticipantRole.Consumer)
            .Sum(p => simulator.Simulate(p, month).Sum(point => point.Watts * 500L));

        var (exit, stderr, seconds, peakKib) = Run(dataset, output);
        TestContext.Out.WriteLine($"scale case {Consumers} consumers x 1 month: wall {seconds:F1} s, peak RSS {peakKib / 1024} MiB");

        Assert.That(exit, Is.Zero, stderr);
        using var computed = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "computed.json")));
        Assert.That(computed.RootElement.TryGetProperty("error-message", out _), Is.False, stderr);
        var sums = AllocationSums.Read(Path.Combine(output, "allocation.csv"));
        Assert.Multiple(() =>
        {
            Assert.That(sums.Rows, Is.EqualTo(Participants * JuneSteps), "one allocation row per participant and step");
            Assert.That(sums.BadRows, Is.Empty, "rows where measured != local + grid or local is outside [0, measured]");
            Assert.That(sums.UnbalancedSteps, Is.Empty, "steps where the consumers' local energy differs from the producers' autoproduced energy");
            Assert.That(sums.ConsumerMeasuredMilliwattHours, Is.EqualTo(expectedConsumptionMilliwattHours), "the consumers' measured energy equals the generator's points");
            Assert.That(ManifestMismatches(output), Is.Empty, "files whose sha256 or size differ from manifest.json");
            Assert.That(RowsAccepted(output), Is.EqualTo((long)Participants * JuneSteps), "every generated reading was accepted");
        });
    }

    private static (int Exit, string Stderr, double Seconds, long PeakKib) Run(string dataset, string output)
    {
        var rssFile = Path.Combine(Path.GetTempPath(), $"daisee-scale-rss-{Environment.ProcessId}.txt");
        var start = new ProcessStartInfo("/usr/bin/time", ["-f", "%M", "-o", rssFile, "dotnet", "exec", WorkerProcess.Assembly, "--month", "2026-06", "--dataset", dataset, "--out", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("IEXEC_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The worker did not finish within 15 minutes.");
        }

        process.WaitForExit();
        _ = stdout.Result;
        var peakKib = long.Parse(File.ReadAllLines(rssFile).Last(l => l.Length > 0), CultureInfo.InvariantCulture);
        File.Delete(rssFile);
        return (process.ExitCode, stderr.Result, clock.Elapsed.TotalSeconds, peakKib);
    }

    /// <summary>Every file manifest.json lists, re-hashed: the names whose sha256 or size differ.</summary>
    private static List<string> ManifestMismatches(string output)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "manifest.json")));
        var mismatches = new List<string>();
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        foreach (var file in files)
        {
            var path = Path.Combine(output, file.GetProperty("path").GetString()!);
            var bytes = File.Exists(path) ? File.ReadAllBytes(path) : [];
            if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != file.GetProperty("sha256").GetString() || bytes.Length != file.GetProperty("bytes").GetInt64())
            {
                mismatches.Add(file.GetProperty("path").GetString()!);
            }
        }

        return files.Count == 0 ? ["(no outputs listed)"] : mismatches;
    }

    private static long RowsAccepted(string output)
    {
        using var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "summary.json")));
        return summary.RootElement.GetProperty("conformity").GetProperty("rowsAccepted").GetInt64();
    }
}

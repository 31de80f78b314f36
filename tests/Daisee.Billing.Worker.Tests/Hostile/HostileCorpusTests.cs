using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Daisee.Billing.Worker.Tests.Support;

namespace Daisee.Billing.Worker.Tests.Hostile;

/// <summary>
/// The worker binary, run as an iExec worker runs it (IEXEC_IN, IEXEC_OUT, IEXEC_DATASET_FILENAME,
/// iexec_args), on every hostile case: it must exit 0, write computed.json, report the expected
/// code, write nothing outside IEXEC_OUT and stay under <see cref="MaxPeakRssKib"/> of resident memory.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class HostileCorpusTests
{
    private const long MaxPeakRssKib = 1024 * 1024;
    private const int MaxReportLineChars = 2_000;

    public static IEnumerable<HostileCase> SmallCases => HostileCorpus.Small();

    public static IEnumerable<HostileCase> BigCases => HostileCorpus.Big();

    [TestCaseSource(nameof(SmallCases))]
    public void Run_SmallHostileCase_EndsAsExpected(HostileCase hostile) => RunCase(hostile);

    [TestCaseSource(nameof(BigCases))]
    public void Run_BigHostileCase_EndsAsExpectedInBoundedMemory(HostileCase hostile) => RunCase(hostile);

    private static void RunCase(HostileCase hostile)
    {
        using var root = new TempFolder();
        var input = new HostileInput(root.Combine("in"));
        var output = root.Combine("out");
        Directory.CreateDirectory(input.Folder);
        Directory.CreateDirectory(output);
        hostile.Build(input);
        var before = Listing(root.Path);
        var rssFile = Path.Combine(Path.GetTempPath(), $"daisee-rss-{Environment.ProcessId}-{hostile.Name}.txt");

        var (exit, stdout, stderr, seconds) = Run(input, output, rssFile);

        var peakKib = long.Parse(File.ReadAllLines(rssFile).Last(l => l.Length > 0), CultureInfo.InvariantCulture);
        File.Delete(rssFile);
        TestContext.Out.WriteLine($"{hostile.Name}: exit {exit}, peak RSS {peakKib / 1024} MiB, {seconds:F1} s");
        var computed = Path.Combine(output, "computed.json");
        Assert.That(exit, Is.Zero, $"{hostile.Name}: stdout {stdout} stderr {stderr}");
        Assert.That(File.Exists(computed), Is.True, $"{hostile.Name}: no computed.json; stderr {stderr}");
        using var json = JsonDocument.Parse(File.ReadAllBytes(computed));
        var rejected = json.RootElement.TryGetProperty("error-message", out _);
        var conformity = File.Exists(Path.Combine(output, "conformity.csv")) ? File.ReadAllText(Path.Combine(output, "conformity.csv")) : string.Empty;
        Assert.Multiple(() =>
        {
            if (hostile.Rejected is { } expected)
            {
                Assert.That(rejected, Is.EqualTo(expected), $"{hostile.Name}: error-message presence; stdout {stdout}");
            }

            if (hostile.ExpectedCode is not null)
            {
                Assert.That(conformity, Does.Contain("," + hostile.ExpectedCode + ","), $"{hostile.Name}: conformity.csv lacks {hostile.ExpectedCode}");
            }

            Assert.That(File.Exists(Path.Combine(output, "manifest.json")), Is.True, $"{hostile.Name}: no manifest.json");
            Assert.That(UnbalancedFiles(output), Is.Empty, $"{hostile.Name}: rowsRead != accepted + rejected + out of scope");
            Assert.That(conformity.Split('\n').Max(l => l.Length), Is.LessThan(MaxReportLineChars), $"{hostile.Name}: an issue quotes unbounded input");
            Assert.That(Listing(root.Path).Where(p => !p.StartsWith("out/", StringComparison.Ordinal)), Is.EqualTo(before.Where(p => !p.StartsWith("out/", StringComparison.Ordinal))), $"{hostile.Name}: files written outside IEXEC_OUT");
            Assert.That(peakKib, Is.LessThan(MaxPeakRssKib), $"{hostile.Name}: peak RSS {peakKib} KiB");
        });
    }

    private static (int Exit, string Stdout, string Stderr, double Seconds) Run(HostileInput input, string output, string rssFile)
    {
        var start = new ProcessStartInfo("/usr/bin/time", ["-f", "%M", "-o", rssFile, "dotnet", "exec", WorkerProcess.Assembly, "--month", input.Month])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("IEXEC_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["IEXEC_IN"] = input.Folder;
        start.Environment["IEXEC_OUT"] = output;
        foreach (var (name, value) in input.Environment)
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The worker did not finish within 2 minutes.");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Files of conformity.json whose rows do not add up: read = accepted + rejected + out of scope.</summary>
    private static List<string> UnbalancedFiles(string output)
    {
        var path = Path.Combine(output, "conformity.json");
        if (!File.Exists(path))
        {
            return [];
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        return [.. json.RootElement.GetProperty("files").EnumerateArray()
            .Where(f => f.GetProperty("rowsRead").GetInt64() != f.GetProperty("rowsAccepted").GetInt64() + f.GetProperty("rowsRejected").GetInt64() + f.GetProperty("rowsOutOfScope").GetInt64())
            .Select(f => f.GetProperty("file").GetString()!)];
    }

    /// <summary>Every path under the case root (links not followed), relative, sorted.</summary>
    private static List<string> Listing(string root)
    {
        var result = new List<string>();
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
        while (pending.Count > 0)
        {
            foreach (var item in pending.Pop().EnumerateFileSystemInfos())
            {
                result.Add(Path.GetRelativePath(root, item.FullName).Replace('\\', '/') + (item is DirectoryInfo ? "/" : string.Empty));
                if (item is DirectoryInfo d && d.LinkTarget is null)
                {
                    pending.Push(d);
                }
            }
        }

        result.Sort(StringComparer.Ordinal);
        return result;
    }
}

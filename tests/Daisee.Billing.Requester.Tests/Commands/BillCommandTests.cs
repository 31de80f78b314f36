using System.CommandLine;
using Daisee.Billing.Requester.Commands;
using Daisee.Billing.Requester.Runners;
using Daisee.Billing.Requester.Tests.Support;

namespace Daisee.Billing.Requester.Tests.Commands;

/// <summary><c>bill --month</c> with the embedded local runner: the real worker binary runs as a child process.</summary>
[TestFixture]
public sealed class BillCommandTests
{
    [Test]
    public async Task Bill_SmallSampleWithLocalRunner_WritesTheResultAndPrintsEveryMember()
    {
        using var console = new RecordingConsole();
        var output = Directory.CreateTempSubdirectory("daisee-bill-").FullName;
        try
        {
            var request = new RunRequest(RepositoryRoot.Combine("samples", "faulty", "clean"), output, ["--month", "2026-06"]);

            var exit = await BillCommand.RunAsync(console.Console, LocalRunner.Beside(), request, CancellationToken.None);

            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), console.Text);
            Assert.That(File.Exists(Path.Combine(output, "computed.json")), Is.True);
            Assert.That(File.Exists(Path.Combine(output, "manifest.json")), Is.True);
            foreach (var prm in Directory.EnumerateFiles(RepositoryRoot.Combine("samples", "faulty", "clean", "curves"), "*.csv", SearchOption.AllDirectories)
                         .Select(Path.GetFileNameWithoutExtension))
            {
                Assert.That(console.Text, Does.Contain(prm), "every member appears in the table");
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Test]
    public async Task Bill_DatasetRejectedByTheWorker_ExitsRejectedAndSaysWhatToFix()
    {
        using var console = new RecordingConsole();
        var dataset = Directory.CreateTempSubdirectory("daisee-empty-ds-").FullName;
        var output = Directory.CreateTempSubdirectory("daisee-bill-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dataset, "readme.txt"), "no collective here");
            var request = new RunRequest(dataset, output, ["--month", "2026-06"]);

            var exit = await BillCommand.RunAsync(console.Console, LocalRunner.Beside(), request, CancellationToken.None);

            Assert.That(exit, Is.EqualTo(ExitCodes.Rejected));
            Assert.That(console.Text, Does.Contain("collective.json"));
        }
        finally
        {
            Directory.Delete(dataset, recursive: true);
            Directory.Delete(output, recursive: true);
        }
    }

    [Test]
    public async Task Bill_RunnerRefusesTheResult_ExitsVerificationFailedAndShowsWhy()
    {
        using var console = new RecordingConsole();
        var runner = new RefusingRunner("manifest.json does not match the task's resultDigest");

        var exit = await BillCommand.RunAsync(console.Console, runner, new RunRequest("dataset", "out", ["--month", "2026-06"]), CancellationToken.None);

        Assert.That(exit, Is.EqualTo(ExitCodes.VerificationFailed));
        Assert.That(console.Text, Does.Contain("resultDigest"));
    }

    [TestCase("2026-6")]
    [TestCase("26-06")]
    [TestCase("2026-13")]
    public void Bill_MonthNotYyyyMm_IsRefusedByTheParser(string month)
    {
        using var recording = new RecordingConsole();
        var command = BillCommand.Create(recording.Console, RunnerNames.Create);
        var root = new RootCommand { command };

        var parse = root.Parse(["bill", "--month", month, "--dataset", "x"]);

        Assert.That(parse.Errors.Select(e => e.Message), Has.Some.Contains("YYYY-MM"));
    }

    /// <summary>A runner whose result failed verification, as the iExec runner reports it.</summary>
    private sealed class RefusingRunner(string reason) : IWorkerRunner
    {
        public string Name => "refusing";

        public Task<RunResult> RunAsync(RunRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new RunResult(ExitCodes.VerificationFailed, request.OutputFolder, string.Empty, reason));
    }
}

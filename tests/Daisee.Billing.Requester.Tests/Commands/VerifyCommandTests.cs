using System.CommandLine;
using Daisee.Billing.Requester.Commands;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Runners;
using Daisee.Billing.Requester.Tests.Support;

namespace Daisee.Billing.Requester.Tests.Commands;

/// <summary><c>verify &lt;folder|zip&gt;</c> on a real worker result (one local run shared by the fixture).</summary>
public sealed class VerifyCommandTests
{
    private string _result = null!;

    [OneTimeSetUp]
    public async Task RunWorkerOnceAsync()
    {
        _result = Directory.CreateTempSubdirectory("daisee-verify-").FullName;
        var run = await LocalRunner.Beside().RunAsync(new RunRequest(RepositoryRoot.Combine("samples", "faulty", "clean"), _result, ["--month", "2026-06"]), CancellationToken.None);
        Assert.That(run.ExitCode, Is.Zero, run.StandardError);
    }

    [OneTimeTearDown]
    public void Delete() => Directory.Delete(_result, recursive: true);

    [Test]
    public async Task Verify_UntouchedFolder_SaysOnlyFileIntegrityWasCheckedWithItsOwnExitCode()
    {
        using var console = new RecordingConsole();

        var exit = await Verb(console).Parse(["verify", _result]).InvokeAsync();

        Assert.That(exit, Is.EqualTo(ExitCodes.NotVerifiedAgainstChain), console.Text);
        Assert.That(console.Text, Does.Contain("not verified against the chain").And.Not.Contain("Verified"));
    }

    [Test]
    public async Task Verify_ZipOfTheResult_FilesIntactNotVerifiedAgainstTheChain()
    {
        using var console = new RecordingConsole();
        var zip = Path.Combine(Path.GetTempPath(), $"daisee-verify-{Guid.NewGuid():N}.zip");
        await File.WriteAllBytesAsync(zip, ResultFiles.Zip(_result));
        try
        {
            var exit = await Verb(console).Parse(["verify", zip]).InvokeAsync();

            Assert.That(exit, Is.EqualTo(ExitCodes.NotVerifiedAgainstChain), console.Text);
        }
        finally
        {
            File.Delete(zip);
        }
    }

    [Test]
    public void Run_OneBillEdited_VerificationFailedNamingTheFile()
    {
        using var console = new RecordingConsole();
        var files = ResultFiles.ReadFolder(_result);
        var victim = files.Files.Keys.First(k => k.EndsWith(".csv", StringComparison.Ordinal));
        var edited = files with { Files = files.Files.SetItem(victim, [.. files.Files[victim], (byte)'9']) };

        var exit = VerifyCommand.Run(console.Console, edited, null);

        Assert.That(exit, Is.EqualTo(ExitCodes.VerificationFailed));
        Assert.That(console.Text, Does.Contain("Verification failed").And.Contain(victim));
    }

    [Test]
    public async Task Verify_BadTaskId_UsageError()
    {
        using var console = new RecordingConsole();

        var exit = await Verb(console).Parse(["verify", _result, "--task", "0x1234"]).InvokeAsync();

        Assert.That(exit, Is.EqualTo(ExitCodes.Usage));
    }

    private static RootCommand Verb(RecordingConsole console) =>
        [VerifyCommand.Create(console.Console, () => throw new AssertionException("no chain needed"))];
}

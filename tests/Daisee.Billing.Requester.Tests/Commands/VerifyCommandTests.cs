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
    public async Task Verify_PathThatDoesNotExist_IsAUsageErrorNamingThePath()
    {
        using var console = new RecordingConsole();
        var missing = Path.Combine(Path.GetTempPath(), $"daisee-verify-missing-{Guid.NewGuid():N}");

        var exit = await Verb(console).Parse(["verify", missing]).InvokeAsync();

        Assert.That(exit, Is.EqualTo(ExitCodes.Usage), console.Text);
        Assert.That(console.Text, Does.Contain(missing).And.Contain("neither a folder nor a zip file"));
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
    public async Task Verify_MembersOwnFilesAndTheManifest_TheirFilesCheckedOthersIgnored()
    {
        using var console = new RecordingConsole();
        var copy = MemberCopy("m01");
        try
        {
            var exit = await Verb(console).Parse(["verify", copy]).InvokeAsync();

            Assert.That(exit, Is.EqualTo(ExitCodes.NotVerifiedAgainstChain), console.Text);
            Assert.That(console.Text.ReplaceLineEndings(""), Does.Contain("a member's copy").And.Contain("bill-m01.json, bill-m01.pdf match manifest.json").And.Contain("not verified against the chain"));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Test]
    public async Task Verify_MembersCopyWithACentChanged_Refused()
    {
        using var console = new RecordingConsole();
        var copy = MemberCopy("m01");
        try
        {
            var bill = Path.Combine(copy, "bill-m01.json");
            var text = await File.ReadAllTextAsync(bill);
            var match = System.Text.RegularExpressions.Regex.Match(text, @"\d+\.\d\d(?!\d)", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
            var changed = match.Value[..^1] + (match.Value[^1] == '9' ? '8' : '9');
            await File.WriteAllTextAsync(bill, text[..match.Index] + changed + text[(match.Index + match.Length)..]);

            var exit = await Verb(console).Parse(["verify", copy, "--member"]).InvokeAsync();

            Assert.That(exit, Is.EqualTo(ExitCodes.VerificationFailed), console.Text);
            Assert.That(console.Text.ReplaceLineEndings(""), Does.Contain("bill-m01.json does not match the manifest"));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Test]
    public void Run_OrganisersCopyWithABillRemoved_StillRefused()
    {
        using var console = new RecordingConsole();
        var files = ResultFiles.ReadFolder(_result);
        Assert.That(ResultVerifier.IsMemberCopy(files), Is.False, "the organiser's copy holds summary.json");

        var exit = VerifyCommand.Run(console.Console, files with { Files = files.Files.Remove("bill-m02.json") }, null);

        Assert.That(exit, Is.EqualTo(ExitCodes.VerificationFailed));
        Assert.That(console.Text, Does.Contain("bill-m02.json is listed in the manifest but missing"));
    }

    /// <summary>A member's copy: their bill JSON and PDF, their invoices (numbers read from the bill) and manifest.json.</summary>
    private string MemberCopy(string id)
    {
        var copy = Directory.CreateTempSubdirectory("daisee-member-").FullName;
        using var bill = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_result, $"bill-{id}.json")));
        var numbers = bill.RootElement.GetProperty("invoices").EnumerateArray().Select(i => i.GetProperty("number").GetString()!).ToList();
        Assert.That(numbers, Is.Not.Empty);
        foreach (var name in numbers.SelectMany(n => new[] { n + ".xml", n + ".pdf" }).Concat([$"bill-{id}.json", $"bill-{id}.pdf", "manifest.json"]))
        {
            File.Copy(Path.Combine(_result, name), Path.Combine(copy, name));
        }

        return copy;
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

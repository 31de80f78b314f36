using System.Diagnostics;
using Daisee.Billing.Requester.Commands;
using Daisee.Billing.Requester.Tests.Results;
using Daisee.Billing.Requester.Tests.Support;

namespace Daisee.Billing.Requester.Tests.Commands;

/// <summary>How <c>daisee-request</c> ends: parser errors exit 2 (in-process and as the real process), a refused result zip exits 4.</summary>
public sealed class CliTests
{
    [TestCase("bill", "--dataset", "samples/villeurbanne")]
    [TestCase("bill", "--month", "2026-13", "--dataset", "x")]
    [TestCase("bill", "--month", "2026-06", "--dataset", "x", "--runner", "cloud")]
    [TestCase("bill", "--month", "2026-06", "--dataset", "x", "--timeout", "soon")]
    [TestCase("bill", "--month", "2026-06", "--dataset", "x", "--no-such-option")]
    [TestCase("no-such-verb")]
    [TestCase("claim", "--task", "0x1234")]
    public async Task RunAsync_ParserError_ExitsUsageWithTheError(params string[] args)
    {
        using var console = new RecordingConsole();

        var exit = await Cli.RunAsync(Cli.Create(console.Console, _ => null), args, console.Console);

        Assert.That(exit, Is.EqualTo(ExitCodes.Usage), console.Text);
        Assert.That(console.Text, Does.Contain("daisee-request:").And.Contain("--help"));
    }

    [Test]
    public async Task Process_ParserError_Exits2WithoutStackTrace()
    {
        var (exit, output) = await RunProcessAsync("bill", "--month", "June");

        Assert.That(exit, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain("--month must be YYYY-MM").And.Not.Contain("   at "));
    }

    [Test]
    public async Task Process_VerifyCorruptZip_Exits4WithAMessage()
    {
        var zip = Path.Combine(Directory.CreateTempSubdirectory("daisee-cli-").FullName, "result.zip");
        var whole = ResultZipTests.Zip(("computed.json", new byte[4000]));
        await File.WriteAllBytesAsync(zip, whole[..(whole.Length / 2)]);

        var (exit, output) = await RunProcessAsync("verify", zip);

        Assert.That(exit, Is.EqualTo(ExitCodes.VerificationFailed), output);
        Assert.That(output, Does.Contain("The result zip is refused").And.Not.Contain("   at "));
        Directory.Delete(Path.GetDirectoryName(zip)!, recursive: true);
    }

    [Test]
    public async Task Process_VerifyZipWithParentEntry_Exits4NamingTheEntry()
    {
        var zip = Path.Combine(Directory.CreateTempSubdirectory("daisee-cli-").FullName, "result.zip");
        await File.WriteAllBytesAsync(zip, ResultZipTests.Zip(("computed.json", "{}"u8.ToArray()), ("../../outside.txt", "x"u8.ToArray())));

        var (exit, output) = await RunProcessAsync("verify", zip);

        Assert.That(exit, Is.EqualTo(ExitCodes.VerificationFailed), output);
        Assert.That(output, Does.Contain("../../outside.txt").And.Contain("not a relative path"));
        Directory.Delete(Path.GetDirectoryName(zip)!, recursive: true);
    }

    /// <summary>Runs the built <c>daisee-request</c> (beside the tests) as a real process; stdout and stderr together.</summary>
    internal static async Task<(int Exit, string Output)> RunProcessAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "daisee-request.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        // Spectre wraps at 80 columns when the output is not a terminal: join the lines back for the assertions.
        var text = System.Text.RegularExpressions.Regex.Replace(await output + await error, @"\s*\n\s*", " ");
        return (process.ExitCode, text);
    }
}

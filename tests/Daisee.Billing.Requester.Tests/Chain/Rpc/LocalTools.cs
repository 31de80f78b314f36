using Daisee.Billing.Requester.Chain;
using System.Diagnostics;

namespace Daisee.Billing.Requester.Tests.Chain.Rpc;

/// <summary>
/// Finds foundry's anvil and cast: <c>DAISEE_ANVIL</c>/<c>DAISEE_CAST</c>, else
/// <c>.tools/node/…</c> above the test directory (installed by <c>scripts/setup.d/40-chain.sh</c>).
/// </summary>
internal static class LocalTools
{
    private const string Packages = ".tools/node/node_modules/@foundry-rs";

    public static string? Anvil => Find("DAISEE_ANVIL", "anvil-linux-amd64/bin/anvil");

    public static string? Cast => Find("DAISEE_CAST", "cast-linux-amd64/bin/cast");

    public static string RequireAnvil() =>
        Anvil ?? Ignore("anvil is not installed: run scripts/setup.d/40-chain.sh or set DAISEE_ANVIL.");

    public static string RequireCast() =>
        Cast ?? Ignore("cast is not installed: run scripts/setup.d/40-chain.sh or set DAISEE_CAST.");

    public static async Task<string> RunAsync(string tool, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0
            ? (await output).Trim()
            : throw new InvalidOperationException($"{Path.GetFileName(tool)} exited with {process.ExitCode}: {await error}");
    }

    private static string? Find(string variable, string relative)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, Packages, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Without the tool a developer's run says so; in CI (CI=true) every test must run, so it fails.</summary>
    private static string Ignore(string message)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("CI needs the node tools: " + message);
        }

        Assert.Ignore(message);
        return "";
    }
}

using System.Diagnostics;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Iexec.LocalStack;

namespace Daisee.Billing.Requester.Tests.Iexec.Sdk;

/// <summary>
/// The official iExec SDK CLI (npm <c>iexec</c> 9.0.1, installed by scripts/setup.d/55-iexec-sdk.sh into
/// .tools/iexec-sdk/), run as a buyer types it in a project folder holding its <c>chain.json</c>. Every call adds
/// <c>--raw</c>: JSON on stdout, and no update check against npm (the SDK skips it with --raw or --quiet).
/// </summary>
public sealed class IexecSdk(string projectFolder)
{
    public const string Version = "9.0.1";

    private static readonly string Folder = Path.Combine(AnvilProcess.RepositoryRoot, ".tools", "iexec-sdk");

    public static string SetupScript => Path.Combine(AnvilProcess.RepositoryRoot, "scripts", "setup.d", "55-iexec-sdk.sh");

    /// <summary>The SDK's own package (its <c>lib/index.js</c>), for node scripts that use its API.</summary>
    public static string LibraryEntry => Path.Combine(Folder, "node_modules", "iexec", "dist", "esm", "lib", "index.js");

    private static string Cli => Path.Combine(Folder, "node_modules", "iexec", "dist", "esm", "cli", "cmd", "iexec.js");

    public string ProjectFolder => projectFolder;

    /// <summary>Runs the setup step when the SDK is missing; fails the test when it cannot be installed.</summary>
    public static void RequireInstalled()
    {
        if (File.Exists(Cli) && File.ReadAllText(Path.Combine(Folder, "node_modules", "iexec", "package.json")).Contains($"\"version\": \"{Version}\"", StringComparison.Ordinal))
        {
            return;
        }

        var (exit, output) = RunAsync("bash", [SetupScript], AnvilProcess.RepositoryRoot, TimeSpan.FromMinutes(5)).GetAwaiter().GetResult();
        Assert.That(exit, Is.Zero, $"{SetupScript} failed: {output}");
    }

    /// <summary><c>iexec &lt;arguments&gt; --raw</c>: the exit code and the JSON it printed (an <c>ok</c> field says success).</summary>
    public async Task<(int Exit, JsonObject Answer)> RunAsync(params string[] arguments)
    {
        var (exit, output) = await RunAsync("node", [Cli, .. arguments, "--raw"], projectFolder, TimeSpan.FromMinutes(4));
        var json = output.Split('\n').LastOrDefault(line => line.StartsWith('{')) ?? throw new AssertionException($"iexec {string.Join(' ', arguments)} printed no JSON (exit {exit}): {output}");
        return (exit, JsonNode.Parse(json)!.AsObject());
    }

    /// <summary>Runs a node ES module script with <paramref name="arguments"/>; returns its stdout's last JSON line.</summary>
    public static async Task<JsonObject> RunScriptAsync(string script, params string[] arguments)
    {
        var (exit, output) = await RunAsync("node", [script, .. arguments], AnvilProcess.RepositoryRoot, TimeSpan.FromMinutes(1));
        Assert.That(exit, Is.Zero, output);
        return JsonNode.Parse(output.Split('\n').Last(line => line.StartsWith('{')))!.AsObject();
    }

    private static async Task<(int Exit, string Output)> RunAsync(string program, string[] arguments, string folder, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var stop = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not end within {timeout}: {await stdout}{await stderr}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}

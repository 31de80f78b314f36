using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Iexec.LocalStack;

namespace Daisee.Billing.Requester.Tests.Iexec.LocalStack;

/// <summary>
/// One anvil with the real PoCo deployed, shared by the whole test run (deployed once, killed when the
/// test process exits). Tests wrap themselves in <see cref="SnapshotAsync"/>/<see cref="RevertAsync"/>.
/// </summary>
public sealed class LocalChain
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static LocalChain? _shared;

    private LocalChain(AnvilProcess anvil, ChainRpcNode node, PocoPackage package, PocoDeployment deployment)
    {
        Anvil = anvil;
        Node = node;
        Package = package;
        Deployment = deployment;
    }

    public AnvilProcess Anvil { get; }

    public ChainRpcNode Node { get; }

    public PocoPackage Package { get; }

    public PocoDeployment Deployment { get; }

    public static HttpClient Http { get; } = new();

    /// <summary>The shared chain; ignores the test (fails under CI=true) when the node tools cannot be installed.</summary>
    public static async Task<LocalChain> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _shared ??= await StartAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    public static void Shutdown()
    {
        _shared?.Anvil.Dispose();
        _shared = null;
    }

    public async Task<string> SnapshotAsync() => (string?)await Node.RequestAsync("evm_snapshot", [], CancellationToken.None) ?? throw new InvalidOperationException("no snapshot id");

    public async Task RevertAsync(string snapshot)
    {
        var reverted = await Node.RequestAsync("evm_revert", [snapshot], CancellationToken.None);
        Assert.That((bool?)reverted, Is.True, "evm_revert failed");
    }

    private static async Task<LocalChain> StartAsync()
    {
        RequireInstalled();

        var anvil = await AnvilProcess.StartAsync(LoopbackPorts.Free(), CancellationToken.None);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => anvil.Dispose();
        var package = new PocoPackage(Path.Combine(AnvilProcess.RepositoryRoot, PocoPackage.RelativeFolder));
        var node = await ChainRpcNode.ConnectAsync(anvil.Endpoint, ChainNodeOptions.LocalNode, PocoDeployer.KnownContracts(package), CancellationToken.None);
        var deployment = await new PocoDeployer(package, node, TestAccounts.Deployer).DeployAsync(CancellationToken.None);
        return new LocalChain(anvil, node, package, deployment);
    }

    /// <summary>Installs the local stack when missing; fails the test under CI=true, ignores it elsewhere, when that is impossible.</summary>
    public static void RequireInstalled()
    {
        if (!EnsureInstalled(out var problem))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail($"The local iExec stack cannot be installed: {problem}");
            }

            Assert.Ignore($"The local iExec stack is not installed and could not be installed here ({problem}); run scripts/setup.d/40-chain.sh.");
        }
    }

    /// <summary>Installs anvil and the PoCo artifacts (scripts/setup.d/40-chain.sh) when missing; false when that is impossible here.</summary>
    private static bool EnsureInstalled(out string problem)
    {
        problem = string.Empty;
        if (AnvilProcess.IsInstalled)
        {
            return true;
        }

        var start = new System.Diagnostics.ProcessStartInfo("bash", [AnvilProcess.SetupScript]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var setup = System.Diagnostics.Process.Start(start)!;
        var output = setup.StandardOutput.ReadToEndAsync();
        var error = setup.StandardError.ReadToEnd();
        setup.WaitForExit();
        _ = output.Result;
        problem = $"scripts/setup.d/40-chain.sh failed ({setup.ExitCode}): {error}";
        return setup.ExitCode == 0 && AnvilProcess.IsInstalled;
    }
}

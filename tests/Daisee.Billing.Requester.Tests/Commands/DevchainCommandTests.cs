using System.Collections.Immutable;
using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using Daisee.Billing.Requester.Commands;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Iexec.LocalStack;
using Daisee.Billing.Requester.Runners;
using Daisee.Billing.Requester.Tests.Iexec.LocalStack;
using Daisee.Billing.Requester.Tests.Support;

namespace Daisee.Billing.Requester.Tests.Commands;

/// <summary>
/// <c>devchain up</c> in-process on a free port, then <c>bill --runner iexec</c> configured only from the
/// env.sh it writes, as a provider would after <c>source .tools/devchain/env.sh</c>.
/// </summary>
[Category("Integration")]
public sealed class DevchainCommandTests
{
    [Test]
    public async Task Up_BillFromTheEnvFile_TaskCompletedBillsShownAndAnvilStoppedOnCancel()
    {
        LocalChain.RequireInstalled();
        var state = Directory.CreateTempSubdirectory("daisee-devchain-").FullName;
        var port = LoopbackPorts.Free();
        using var devchainConsole = new RecordingConsole();
        using var billConsole = new RecordingConsole();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var up = Task.Run(() => DevchainCommand.UpAsync(devchainConsole.Console, port, state, stop.Token));
        try
        {
            var environment = await WaitForEnvironmentAsync(Path.Combine(state, DevchainEnvironment.FileName), up);
            var envBytes = await File.ReadAllBytesAsync(Path.Combine(state, DevchainEnvironment.FileName));
            using (var second = new RecordingConsole())
            {
                var otherState = Directory.CreateTempSubdirectory("daisee-devchain-second-").FullName;
                var samePort = await DevchainCommand.UpAsync(second.Console, port, otherState, stop.Token);
                var sameState = await DevchainCommand.UpAsync(second.Console, LoopbackPorts.Free(), state, stop.Token);
                Assert.That((samePort, sameState), Is.EqualTo((ExitCodes.Failure, ExitCodes.Failure)), second.Text);
                Assert.That(second.Text, Does.Contain($"port {port} is in use by another devchain (PID {Environment.ProcessId}"));
                Assert.That(second.Text, Does.Contain("the state folder").And.Contain("in use by another devchain"));
                Assert.That(await File.ReadAllBytesAsync(Path.Combine(state, DevchainEnvironment.FileName)), Is.EqualTo(envBytes), "env.sh of the running devchain is untouched");
                Assert.That(File.Exists(Path.Combine(otherState, DevchainEnvironment.FileName)), Is.False);
                Directory.Delete(otherState, recursive: true);
            }

            var options = IexecOptions.FromEnvironment(environment.GetValueOrDefault);
            var runner = new IexecRunner(ct => options.ConnectAsync(LocalChain.Http, () => LocalDevchain.Password, ct), billConsole.Console, Path.Combine(state, "journal"));
            var root = new RootCommand { BillCommand.Create(billConsole.Console, _ => runner) };
            string[] args = ["bill", "--month", "2026-06", "--dataset", RepositoryRoot.Combine("samples", "faulty", "clean"), "--out", Path.Combine(state, "out"), "--runner", "iexec"];

            var exit = await root.Parse(args).InvokeAsync();

            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), billConsole.Text + devchainConsole.Text);
            Assert.That(billConsole.Text, Does.Contain("COMPLETED"));
            Assert.That(environment["DAISEE_DATASET_URL"], Does.StartWith("http://127.0.0.1:"));
            foreach (var prm in Directory.EnumerateFiles(RepositoryRoot.Combine("samples", "faulty", "clean", "curves"), "*.csv", SearchOption.AllDirectories)
                         .Select(Path.GetFileNameWithoutExtension))
            {
                Assert.That(billConsole.Text, Does.Contain(prm), "every member's bill is shown");
            }
        }
        finally
        {
            await stop.CancelAsync();
        }

        Assert.That(await up, Is.EqualTo(ExitCodes.Ok), devchainConsole.Text);
        Assert.That(devchainConsole.Text, Does.Contain("COMPLETED"));
        using var probe = new TcpClient();
        await Assert.ThrowsAsync<SocketException>(async () => await probe.ConnectAsync(IPAddress.Loopback, port), "anvil is stopped with the verb");
        Directory.Delete(state, recursive: true);
    }

    /// <summary>Waits (30 s at most) for env.sh; surfaces the verb's own failure if it stopped first.</summary>
    private static async Task<ImmutableDictionary<string, string>> WaitForEnvironmentAsync(string path, Task<int> up)
    {
        for (var attempt = 0; attempt < 300 && !File.Exists(path); attempt++)
        {
            if (up.IsCompleted)
            {
                Assert.Fail($"devchain up stopped before writing {path}: exit {await up}");
            }

            await Task.Delay(100);
        }

        Assert.That(File.Exists(path), Is.True, $"{path} not written within 30 s");
        return DevchainEnvironment.Read(path);
    }
}

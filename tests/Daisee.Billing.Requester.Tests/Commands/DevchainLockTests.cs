using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Daisee.Billing.Requester.Commands;
using Daisee.Billing.Requester.Iexec.LocalStack;
using Daisee.Billing.Requester.Tests.Support;

namespace Daisee.Billing.Requester.Tests.Commands;

/// <summary><see cref="DevchainLock"/>: one devchain per port and per state folder; stale locks of dead PIDs are taken over.</summary>
public sealed class DevchainLockTests
{
    private string _state = null!;

    [SetUp]
    public void CreateState() => _state = Directory.CreateTempSubdirectory("daisee-lock-").FullName;

    [TearDown]
    public void DeleteState() => Directory.Delete(_state, recursive: true);

    [Test]
    public void Acquire_StateFolderHeld_RefusedNamingThePid()
    {
        using var first = DevchainLock.Acquire(_state, LoopbackPorts.Free());

        var e = Assert.Throws<InvalidOperationException>(() => DevchainLock.Acquire(_state, LoopbackPorts.Free()));

        Assert.That(e!.Message, Does.Contain("the state folder").And.Contain($"PID {Environment.ProcessId}").And.Contain("--state-dir"));
    }

    [Test]
    public void Acquire_PortHeld_RefusedNamingThePidAndItsStateFolder()
    {
        var port = LoopbackPorts.Free();
        using var first = DevchainLock.Acquire(_state, port);
        var other = Directory.CreateTempSubdirectory("daisee-lock-other-").FullName;
        try
        {
            var e = Assert.Throws<InvalidOperationException>(() => DevchainLock.Acquire(other, port));

            Assert.That(e!.Message, Does.Contain($"port {port}").And.Contain($"PID {Environment.ProcessId}").And.Contain(_state).And.Contain("--port"));
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }

    [Test]
    public void Acquire_AfterRelease_Granted()
    {
        var port = LoopbackPorts.Free();
        DevchainLock.Acquire(_state, port).Dispose();

        using var again = DevchainLock.Acquire(_state, port);

        Assert.That(again.TakenOver, Is.Empty);
    }

    [Test]
    public async Task Acquire_PidFileOfADeadProcess_TakenOver()
    {
        using var dead = Process.Start(new ProcessStartInfo("true"))!;
        await dead.WaitForExitAsync();
        await File.WriteAllTextAsync(Path.Combine(_state, "devchain.pid"), $"{dead.Id} 8545 {_state}\n");

        using var taken = DevchainLock.Acquire(_state, LoopbackPorts.Free());

        Assert.That(taken.TakenOver.Single(), Does.Contain($"PID {dead.Id}").And.Contain("no longer running"));
        Assert.That(await File.ReadAllTextAsync(Path.Combine(_state, "devchain.pid")), Does.StartWith($"{Environment.ProcessId} "));
    }

    [Test]
    public void Acquire_PortUsedByAnotherProgram_Refused()
    {
        using var other = new TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var port = ((IPEndPoint)other.LocalEndpoint).Port;

        var e = Assert.Throws<InvalidOperationException>(() => DevchainLock.Acquire(_state, port));

        Assert.That(e!.Message, Does.Contain($"127.0.0.1:{port} is already used by another program"));
    }

    [Test]
    public async Task UpAsync_StateFolderHeld_ExitsFailureWithTheMessageAndWritesNoEnvFile()
    {
        using var console = new RecordingConsole();
        using var first = DevchainLock.Acquire(_state, LoopbackPorts.Free());

        var exit = await DevchainCommand.UpAsync(console.Console, LoopbackPorts.Free(), _state, CancellationToken.None);

        Assert.That(exit, Is.EqualTo(ExitCodes.Failure));
        Assert.That(console.Text, Does.Contain("devchain up refused").And.Contain("in use by another devchain"));
        Assert.That(File.Exists(Path.Combine(_state, DevchainEnvironment.FileName)), Is.False);
    }
}

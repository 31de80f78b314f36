using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Daisee.Billing.Requester.Iexec.LocalStack;

/// <summary>
/// What keeps two <c>devchain up</c> apart: one lock on the state folder (<c>&lt;state&gt;/devchain.lock</c>) and one
/// on the port (<c>&lt;temp&gt;/daisee-devchain-&lt;port&gt;.lock</c>), each held open exclusively for the devchain's
/// life, with the holder's PID beside it (<c>….pid</c>: "PID port state-folder"). The OS drops the lock of a process
/// that died, so a stale PID file is simply taken over. The port must also be free of any other program.
/// </summary>
public sealed class DevchainLock : IDisposable
{
    private readonly List<(FileStream Lock, string PidFile)> _held = [];
    private readonly List<string> _takenOver = [];

    private DevchainLock()
    {
    }

    /// <summary>Messages about stale locks taken over (dead PIDs), for the console.</summary>
    public IReadOnlyList<string> TakenOver => _takenOver;

    /// <summary>Takes both locks, or throws an <see cref="InvalidOperationException"/> naming the devchain (PID) or program in the way.</summary>
    public static DevchainLock Acquire(string stateFolder, int port)
    {
        var state = Directory.CreateDirectory(stateFolder).FullName;
        var devchainLock = new DevchainLock();
        try
        {
            var owner = string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId} {port} {state}");
            devchainLock.Take(Path.Combine(state, "devchain.lock"), owner, $"the state folder {state}", "use another --state-dir");
            devchainLock.Take(Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"daisee-devchain-{port}.lock")), owner,
                string.Create(CultureInfo.InvariantCulture, $"port {port}"), "use another --port");
            RequireFreePort(port);
            return devchainLock;
        }
        catch
        {
            devchainLock.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var (stream, pidFile) in _held)
        {
            File.Delete(pidFile);
            stream.Dispose();
        }

        _held.Clear();
    }

    private void Take(string lockFile, string owner, string what, string alternative)
    {
        var pidFile = Path.ChangeExtension(lockFile, ".pid");
        FileStream stream;
        try
        {
            // FileShare.None is an exclusive flock on Linux: refused while another devchain (any process, this one too) holds it.
            stream = new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new InvalidOperationException($"devchain up refused: {what} is in use by another devchain ({Holder(pidFile)}). Stop it (Ctrl+C in its terminal), or {alternative}.");
        }

        if (File.Exists(pidFile) && ReadPid(pidFile) is { } stale && stale != Environment.ProcessId)
        {
            _takenOver.Add($"Took over the lock of {what} from PID {stale}, which is no longer running.");
        }

        File.WriteAllText(pidFile, owner + "\n");
        _held.Add((stream, pidFile));
    }

    private static void RequireFreePort(int port)
    {
        using var probe = new TcpListener(IPAddress.Loopback, port);
        try
        {
            probe.Start();
        }
        catch (SocketException e)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"devchain up refused: 127.0.0.1:{port} is already used by another program ({e.SocketErrorCode}), not a devchain: stop it, or use another --port."));
        }
        finally
        {
            probe.Stop();
        }
    }

    private static string Holder(string pidFile)
    {
        var pid = File.Exists(pidFile) ? ReadPid(pidFile) : null;
        if (pid is null)
        {
            return "PID unknown";
        }

        var line = File.ReadAllText(pidFile).Trim().Split(' ', 3);
        var details = line.Length == 3 ? $", port {line[1]}, state folder {line[2]}" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"PID {pid}{details}{(IsAlive(pid.Value) ? string.Empty : ", not running")}");
    }

    private static int? ReadPid(string pidFile) =>
        int.TryParse(File.ReadAllText(pidFile).Split(' ', 2)[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

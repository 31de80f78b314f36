using System.Diagnostics;
using System.Globalization;
using Daisee.Billing.Requester.Runners;
using Docker.DotNet;

namespace Daisee.Billing.Requester.Tests.Docker;

/// <summary>
/// Once per test run, for every test in this namespace: a Docker engine (started here as root with
/// the flags this kind of machine needs when none answers, and stopped again at the end) and the
/// Dapp image, built by <c>scripts/docker/build-image.sh</c> exactly as a developer builds it.
/// Without an engine the tests fail when CI=true and are ignored otherwise, with the reason.
/// </summary>
[SetUpFixture]
public sealed class DockerEngineFixture
{
    private static string? _unavailable;
    private Process? _daemon;

    public static string Image => DockerRunnerOptions.DefaultImage;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static DockerRunnerOptions Options => DockerRunnerOptions.FromEnvironment(_ => null) with { Image = Image };

    /// <summary>Call first in every Docker test: fails (CI) or ignores (elsewhere) when there is no engine.</summary>
    public static void RequireEngine()
    {
        if (_unavailable is null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"CI needs Docker for the container tests: {_unavailable}");
        }

        Assert.Ignore($"No Docker here: {_unavailable}");
    }

    [OneTimeSetUp]
    public async Task StartEngineAndBuildImageAsync()
    {
        if (!await PingAsync(TimeSpan.FromSeconds(2)))
        {
            _unavailable = StartDaemon();
            if (_unavailable is null && !await PingAsync(TimeSpan.FromSeconds(60)))
            {
                _unavailable = "dockerd was started but did not answer within 60 s (see /tmp/daisee-dockerd.log).";
            }
        }

        if (_unavailable is null)
        {
            var (exit, log) = await RunAsync("bash", [Path.Combine(RepositoryRoot, "scripts", "docker", "build-image.sh"), Image]);
            Assert.That(exit, Is.Zero, $"scripts/docker/build-image.sh failed:\n{log}");
        }
    }

    [OneTimeTearDown]
    public void StopEngine()
    {
        if (_daemon is { HasExited: false })
        {
            // SIGTERM: dockerd stops its containers and containerd, and removes its pid file.
            using (var term = Process.Start("kill", ["-TERM", _daemon.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                term.WaitForExit();
            }

            if (!_daemon.WaitForExit(TimeSpan.FromSeconds(20)))
            {
                _daemon.Kill(entireProcessTree: true);
            }
        }

        _daemon?.Dispose();
    }

    private static async Task<bool> PingAsync(TimeSpan within)
    {
        using var configuration = new DockerClientConfiguration(DockerRunnerOptions.DefaultEndpoint);
        using var client = configuration.CreateClient();
        var deadline = Stopwatch.StartNew();
        do
        {
            try
            {
                using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await client.System.PingAsync(attempt.Token);
                return true;
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TimeoutException or OperationCanceledException or DockerApiException or System.Net.Sockets.SocketException)
            {
                await Task.Delay(500);
            }
        }
        while (deadline.Elapsed < within);
        return false;
    }

    /// <summary>Starts dockerd in the background; returns why it cannot, or null.</summary>
    private string? StartDaemon()
    {
        if (Environment.UserName != "root")
        {
            return "no engine answers at /var/run/docker.sock and only root can start dockerd; start Docker and run the tests again.";
        }

        var dockerd = new[] { "/usr/sbin/dockerd", "/usr/bin/dockerd" }.FirstOrDefault(File.Exists);
        if (dockerd is null)
        {
            return "dockerd is not installed; run scripts/setup.d/20-docker.sh (apt-get install docker.io).";
        }

        var start = new ProcessStartInfo(dockerd, ["--storage-driver=vfs", "--bridge=none", "--iptables=false", "--ip6tables=false"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _daemon = Process.Start(start);
        if (_daemon is null)
        {
            return $"{dockerd} could not start.";
        }

        var log = new StreamWriter("/tmp/daisee-dockerd.log") { AutoFlush = true };
        _daemon.OutputDataReceived += (_, e) => Write(log, e.Data);
        _daemon.ErrorDataReceived += (_, e) => Write(log, e.Data);
        _daemon.BeginOutputReadLine();
        _daemon.BeginErrorReadLine();
        return null;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    internal static async Task<(int ExitCode, string Output)> RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot,
        };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} could not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Daisee.Billing.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Daisee.Billing.sln not found above the test binaries.");
    }
}

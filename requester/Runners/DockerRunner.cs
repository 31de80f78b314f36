using System.Net.Http;
using System.Net.Sockets;
using System.Security.Cryptography;
using Daisee.Billing.Requester.Datasets;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Daisee.Billing.Requester.Runners;

/// <summary>
/// Runs the Dapp image through the Docker engine the way an iExec worker runs an app: the dataset
/// zip in a read-only <c>/iexec_in</c> bind mount, named by its (derived) address; the result in a
/// <c>/iexec_out</c> bind mount created 0755 by the runner; the IEXEC_* variables; the arguments
/// joined into <c>iexec_args</c> and split back as the worker splits them. Locked down beyond a
/// worker: no network, a read-only root filesystem, no capabilities but DAC_OVERRIDE, no new
/// privileges, a memory and a process limit, a wall-clock limit. The container is always removed.
/// </summary>
public sealed class DockerRunner(DockerRunnerOptions options) : IWorkerRunner
{
    /// <summary>The exit code reported when the time limit killed the container (as GNU <c>timeout</c>).</summary>
    public const int TimeoutExitCode = 124;

    public string Name => "docker";

    public DockerRunnerOptions Options => options;

    public async Task<RunResult> RunAsync(RunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var configuration = new DockerClientConfiguration(options.Endpoint);
        using var client = configuration.CreateClient();
        await EnsureReadyAsync(client, cancellationToken);

        var input = Directory.CreateTempSubdirectory("daisee-in-");
        try
        {
            var zip = Path.Combine(input.FullName, DatasetPackager.DefaultFileName);
            await DatasetPackager.PackAsync(request.Dataset, zip, cancellationToken);
            var iexecArgs = IexecArgs.Join(request.Arguments);
            var task = IexecTaskEnvironment.For(await Sha256HexAsync(zip, cancellationToken), iexecArgs);
            File.Move(zip, Path.Combine(input.FullName, task.DatasetFileName));
            OpenForContainer(input.FullName);

            var output = Path.GetFullPath(request.OutputFolder);
            Directory.CreateDirectory(output);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(output, (UnixFileMode)0b111_101_101); // 0755, as a worker creates it
            }

            var created = await client.Containers.CreateContainerAsync(Parameters(task, iexecArgs, input.FullName, output), cancellationToken);
            try
            {
                var (exitCode, timedOut) = await RunToEndAsync(client, created.ID, cancellationToken);
                var (stdout, stderr) = await LogsAsync(client, created.ID, cancellationToken);
                if (timedOut)
                {
                    stderr += $"daisee-request: the worker exceeded the time limit of {options.Timeout.TotalSeconds:0} s and was killed (an iExec worker reports APP_COMPUTE_TIMEOUT).\n";
                }

                return new RunResult(exitCode, request.OutputFolder, stdout, stderr);
            }
            finally
            {
                await client.Containers.RemoveContainerAsync(created.ID, new ContainerRemoveParameters { Force = true }, CancellationToken.None);
            }
        }
        finally
        {
            input.Delete(recursive: true);
        }
    }

    /// <summary>The container as the runner creates it (internal: the tests create one with it and inspect it).</summary>
    internal CreateContainerParameters Parameters(IexecTaskEnvironment task, string iexecArgs, string input, string output)
    {
        var cmd = IexecArgs.Split(iexecArgs);
        return new CreateContainerParameters
        {
            Image = options.Image,
            Cmd = cmd.IsEmpty ? null : [.. cmd],
            Env = [.. task.Variables()],
            NetworkDisabled = true,
            AttachStdout = true,
            AttachStderr = true,
            Labels = new Dictionary<string, string> { ["org.daisee.task-id"] = task.TaskId },
            HostConfig = new HostConfig
            {
                Binds = [$"{input}:{IexecTaskEnvironment.InputFolder}:ro", $"{output}:{IexecTaskEnvironment.OutputFolder}:rw"],
                NetworkMode = "none",
                ReadonlyRootfs = true,
                Memory = options.MemoryBytes,
                MemorySwap = options.MemoryBytes,
                PidsLimit = 256,
                CapDrop = ["ALL"],
                CapAdd = ["DAC_OVERRIDE"],
                SecurityOpt = ["no-new-privileges"],
            },
        };
    }

    private async Task<(int ExitCode, bool TimedOut)> RunToEndAsync(DockerClient client, string id, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.Timeout);
        await client.Containers.StartContainerAsync(id, new ContainerStartParameters(), cancellationToken);
        try
        {
            var waited = await client.Containers.WaitContainerAsync(id, limit.Token);
            return ((int)waited.StatusCode, false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Stop with no grace period = kill; returns false (no error) if it ended meanwhile.
            await client.Containers.StopContainerAsync(id, new ContainerStopParameters { WaitBeforeKillSeconds = 0 }, CancellationToken.None);
            return (TimeoutExitCode, true);
        }
    }

    private static async Task<(string Stdout, string Stderr)> LogsAsync(DockerClient client, string id, CancellationToken cancellationToken)
    {
        using var logs = await client.Containers.GetContainerLogsAsync(
            id, tty: false, new ContainerLogsParameters { ShowStdout = true, ShowStderr = true }, cancellationToken);
        return await logs.ReadOutputToEndAsync(cancellationToken);
    }

    /// <summary>Turns "no engine" and "no image" into messages that say what to do.</summary>
    private async Task EnsureReadyAsync(DockerClient client, CancellationToken cancellationToken)
    {
        try
        {
            await client.System.PingAsync(cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or SocketException or TimeoutException or IOException or DockerApiException)
        {
            throw new InvalidOperationException(
                $"No Docker engine answers at {options.Endpoint}: is Docker running? Start it (as root: dockerd, or systemctl start docker), " +
                $"set DOCKER_HOST if it listens elsewhere, or use --runner local. ({e.Message})", e);
        }

        try
        {
            await client.Images.InspectImageAsync(options.Image, cancellationToken);
        }
        catch (DockerImageNotFoundException e)
        {
            throw new InvalidOperationException(
                $"The Dapp image {options.Image} is not in the Docker engine: build it with scripts/docker/build-image.sh, " +
                "or pull it and name it with DAISEE_WORKER_IMAGE.", e);
        }
    }

    /// <summary>The container's root reads the input even when the requester runs as another user.</summary>
    private static void OpenForContainer(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            File.SetUnixFileMode(file, (UnixFileMode)0b110_100_100);
        }
    }

    private static async Task<string> Sha256HexAsync(string file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}

using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Daisee.Billing.Requester.Datasets;
using Daisee.Billing.Requester.Runners;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Daisee.Billing.Requester.Tests.Docker;

/// <summary>The Dapp image run by the Docker runner as an iExec worker runs it, against the same worker run as a local process.</summary>
[TestFixture]
public sealed class DockerRunnerTests
{
    private JuneDataset _dataset = null!;
    private string _scratch = null!;

    [SetUp]
    public void CreateDataset()
    {
        DockerEngineFixture.RequireEngine();
        _dataset = new JuneDataset();
        _scratch = Directory.CreateTempSubdirectory("daisee-docker-out-").FullName;
    }

    [TearDown]
    public void DeleteDataset()
    {
        _dataset?.Dispose();
        if (_scratch is not null && Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }

    [Test]
    public async Task Run_SmallDataset_OutputsByteIdenticalToTheLocalProcess()
    {
        var request = new RunRequest(_dataset.Folder, Path.Combine(_scratch, "docker"), ["--month", JuneDataset.Month]);
        var local = await LocalRunner.Beside().RunAsync(request with { OutputFolder = Path.Combine(_scratch, "local") }, CancellationToken.None);

        var docker = await new DockerRunner(DockerEngineFixture.Options).RunAsync(request, CancellationToken.None);

        Assert.That(local.ExitCode, Is.Zero, local.StandardError);
        Assert.That(docker.ExitCode, Is.Zero, docker.StandardOutput + docker.StandardError);
        Assert.That(docker.StandardOutput, Does.Contain($"billed {JuneDataset.Month}"));
        var localFiles = Files(local.OutputFolder);
        var dockerFiles = Files(docker.OutputFolder);
        Assert.That(dockerFiles.Keys, Is.EquivalentTo(localFiles.Keys));
        Assert.That(Sha256(dockerFiles["manifest.json"]), Is.EqualTo(Sha256(localFiles["manifest.json"])), "same manifest, hence the same result digest");
        foreach (var name in localFiles.Keys.Where(n => n != "computed.json"))
        {
            Assert.That(dockerFiles[name], Is.EqualTo(localFiles[name]), $"{name} differs between the container and the local process");
        }

        using var computed = JsonDocument.Parse(dockerFiles["computed.json"]);
        Assert.That(computed.RootElement.GetProperty("deterministic-output-path").GetString(), Is.EqualTo("/iexec_out/manifest.json"));
        Assert.That(computed.RootElement.TryGetProperty("error-message", out _), Is.False);
    }

    [Test]
    public async Task Run_AsAnIexecWorker_NoNetworkReadOnlyRootAndRootOwned0755Output()
    {
        var runner = new DockerRunner(DockerEngineFixture.Options);
        var input = Directory.CreateDirectory(Path.Combine(_scratch, "in")).FullName;
        var output = Directory.CreateDirectory(Path.Combine(_scratch, "iexec_out")).FullName;
        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(output, (UnixFileMode)0b111_101_101);
        }

        var task = IexecTaskEnvironment.For(new string('a', 64), "--month 2026-06");
        await using (var zip = File.Create(Path.Combine(input, task.DatasetFileName)))
        {
            await DatasetPackager.WriteAsync(_dataset.Folder, zip, CancellationToken.None);
        }

        using var configuration = new DockerClientConfiguration(DockerRunnerOptions.DefaultEndpoint);
        using var client = configuration.CreateClient();
        var created = await client.Containers.CreateContainerAsync(runner.Parameters(task, "--month 2026-06", input, output), CancellationToken.None);
        try
        {
            await client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), CancellationToken.None);
            var exit = await client.Containers.WaitContainerAsync(created.ID, CancellationToken.None);
            var container = await client.Containers.InspectContainerAsync(created.ID, CancellationToken.None);

            Assert.That(exit.StatusCode, Is.Zero);
            Assert.That(container.Config.NetworkDisabled, Is.True);
            Assert.That(container.HostConfig.NetworkMode, Is.EqualTo("none"));
            Assert.That(container.NetworkSettings.Networks, Is.Empty, "no network interface but loopback");
            Assert.That(container.HostConfig.ReadonlyRootfs, Is.True);
            Assert.That(container.HostConfig.Memory, Is.EqualTo(DockerRunnerOptions.DefaultMemoryBytes));
            Assert.That(container.Config.User, Is.AnyOf("0:0", "0", "root"), "the image sets root explicitly");
            Assert.That(container.Mounts.Single(m => m.Destination == "/iexec_in").RW, Is.False);
            Assert.That(container.Mounts.Single(m => m.Destination == "/iexec_out").RW, Is.True);
        }
        finally
        {
            await client.Containers.RemoveContainerAsync(created.ID, new ContainerRemoveParameters { Force = true }, CancellationToken.None);
        }

        var expectedOwner = Environment.UserName == "root" ? "0" : (await StatAsync(_scratch)).Split(' ')[0];
        Assert.That(await StatAsync(output), Is.EqualTo($"{expectedOwner} 755"), "iexec_out stays 0755 (root-owned when the requester is root, as on a worker)");
        Assert.That(File.Exists(Path.Combine(output, "manifest.json")), Is.True, "the worker wrote its result under those conditions");
        Assert.That(await StatAsync(Path.Combine(output, "manifest.json")), Does.StartWith("0 "), "written by root inside the container");
    }

    [Test]
    public async Task Run_ZipWithoutCollective_ComputedJsonCarriesTheErrorMessage()
    {
        var zip = Path.Combine(_scratch, "malformed.zip");
        _dataset.ZipWithoutCollective(zip);
        var output = Path.Combine(_scratch, "out");

        var result = await new DockerRunner(DockerEngineFixture.Options).RunAsync(new RunRequest(zip, output, ["--month", JuneDataset.Month]), CancellationToken.None);

        Assert.That(result.ExitCode, Is.Zero, "a rejection is a result: exit 0 so that the worker contributes");
        using var computed = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "computed.json")));
        Assert.That(computed.RootElement.GetProperty("deterministic-output-path").GetString(), Is.EqualTo("/iexec_out/manifest.json"));
        Assert.That(computed.RootElement.GetProperty("error-message").GetString(), Does.Contain("collective.json"));
        Assert.That(File.Exists(Path.Combine(output, "manifest.json")), Is.True);
    }

    [Test]
    public async Task Run_TimeLimitReached_KillsTheContainerAndSaysSo()
    {
        var options = DockerEngineFixture.Options with { Timeout = TimeSpan.FromMilliseconds(1) };

        var result = await new DockerRunner(options).RunAsync(new RunRequest(_dataset.Folder, Path.Combine(_scratch, "out"), ["--month", JuneDataset.Month]), CancellationToken.None);

        Assert.That(result.ExitCode, Is.EqualTo(DockerRunner.TimeoutExitCode));
        Assert.That(result.StandardError, Does.Contain("time limit"));
    }

    [Test]
    public async Task Run_ImageNotBuilt_SaysHowToBuildIt()
    {
        var options = DockerEngineFixture.Options with { Image = "daisee/no-such-image:missing" };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new DockerRunner(options).RunAsync(new RunRequest(_dataset.Folder, Path.Combine(_scratch, "out"), ["--month", JuneDataset.Month]), CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("scripts/docker/build-image.sh"));
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Owner uid and octal mode, as <c>stat -c '%u %a'</c> prints them.</summary>
    private static async Task<string> StatAsync(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%u %a", path]) { RedirectStandardOutput = true })!;
        var text = await stat.StandardOutput.ReadToEndAsync();
        await stat.WaitForExitAsync();
        return text.Trim();
    }
}

using Daisee.Billing.Requester.Runners;

namespace Daisee.Billing.Requester.Tests.Runners;

/// <summary>The Docker runner's configuration and its "is Docker running?" error, without an engine.</summary>
[TestFixture]
public sealed class DockerRunnerOptionsTests
{
    [Test]
    public void FromEnvironment_NothingSet_LocalSocketAndTheLocallyBuiltImage()
    {
        var options = DockerRunnerOptions.FromEnvironment(_ => null);

        Assert.That(options.Endpoint, Is.EqualTo(new Uri("unix:///var/run/docker.sock")));
        Assert.That(options.Image, Is.EqualTo("daisee/worker:local"));
        Assert.That(options.Timeout, Is.EqualTo(TimeSpan.FromSeconds(300)));
    }

    [Test]
    public void FromEnvironment_DockerHostAndImageSet_TakesThem()
    {
        var env = new Dictionary<string, string> { ["DOCKER_HOST"] = "tcp://127.0.0.1:2375", ["DAISEE_WORKER_IMAGE"] = "docker.io/daisee/worker:1.0" };

        var options = DockerRunnerOptions.FromEnvironment(n => env.GetValueOrDefault(n));

        Assert.That(options.Endpoint, Is.EqualTo(new Uri("tcp://127.0.0.1:2375")));
        Assert.That(options.Image, Is.EqualTo("docker.io/daisee/worker:1.0"));
    }

    [Test]
    public async Task Run_NoEngineAtTheEndpoint_AsksWhetherDockerIsRunning()
    {
        var options = DockerRunnerOptions.FromEnvironment(_ => null) with { Endpoint = new Uri("unix:///tmp/daisee-no-docker-here.sock") };
        var request = new RunRequest("/nonexistent", "/tmp/daisee-never-written", ["--month", "2026-06"]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new DockerRunner(options).RunAsync(request, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("is Docker running?"));
        Assert.That(error.Message, Does.Contain("daisee-no-docker-here.sock"));
    }

    [Test]
    public void Create_Docker_IsRegistered()
    {
        Assert.That(RunnerNames.All, Does.Contain("docker"));
        Assert.That(RunnerNames.Create("docker"), Is.TypeOf<DockerRunner>());
    }

    [Test]
    public void Variables_Task_AsAnIexecWorkerSetsThem()
    {
        var task = IexecTaskEnvironment.For(new string('b', 64), "--month 2026-06");

        Assert.That(task.Variables(), Does.Contain("IEXEC_IN=/iexec_in").And.Contain("IEXEC_OUT=/iexec_out").And.Contain("IEXEC_INPUT_FILES_NUMBER=0"));
        Assert.That(task.Variables(), Does.Contain($"IEXEC_DATASET_FILENAME={task.DatasetAddress}"));
        Assert.That(task.DatasetAddress, Does.Match("^0x[0-9a-f]{40}$"));
        Assert.That(task.TaskId, Does.Match("^0x[0-9a-f]{64}$"));
        Assert.That(IexecTaskEnvironment.For(new string('b', 64), "--month 2026-06"), Is.EqualTo(task), "derived, not random");
    }
}

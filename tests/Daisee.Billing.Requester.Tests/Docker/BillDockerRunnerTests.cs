using System.CommandLine;
using Daisee.Billing.Requester.Commands;
using Daisee.Billing.Requester.Runners;
using Spectre.Console;

namespace Daisee.Billing.Requester.Tests.Docker;

/// <summary><c>daisee-request bill --runner docker</c> end to end: command line, runner registry, Docker runner, summary.</summary>
[TestFixture]
public sealed class BillDockerRunnerTests
{
    [Test]
    public async Task Bill_RunnerDocker_BillsEveryMemberFromTheContainer()
    {
        DockerEngineFixture.RequireEngine();
        using var dataset = new JuneDataset();
        var output = Directory.CreateTempSubdirectory("daisee-bill-docker-").FullName;
        var text = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(text),
        });
        console.Profile.Width = 200;
        try
        {
            var root = new RootCommand { BillCommand.Create(console, RunnerNames.Create) };

            var exit = await root.Parse(["bill", "--month", JuneDataset.Month, "--dataset", dataset.Folder, "--out", output, "--runner", "docker"]).InvokeAsync();

            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), text.ToString());
            Assert.That(text.ToString(), Does.Contain("(docker)").Or.Contain(output));
            foreach (var member in JuneDataset.Members)
            {
                Assert.That(text.ToString(), Does.Contain(member), "every member appears in the table");
            }

            Assert.That(File.ReadAllText(Path.Combine(output, "computed.json")), Does.Contain("/iexec_out/manifest.json"), "the result came from the container");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}

using System.CommandLine;
using Daisee.Billing.Requester.Commands;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Tests.Support;

namespace Daisee.Billing.Requester.Tests.Commands;

public sealed class AppCommandTests
{
    [Test]
    public async Task Publish_NoImageAndNoIexecJson_UsageErrorBeforeAnyConnection()
    {
        using var console = new RecordingConsole();
        var folder = Directory.CreateTempSubdirectory("daisee-app-").FullName;
        var connected = false;
        var root = new RootCommand
        {
            AppCommand.Create(console.Console, () =>
            {
                connected = true;
                throw new InvalidOperationException("no chain here");
            }, () => new SdkProject(folder)),
        };

        var exit = await root.Parse(["app", "publish", "--price", "5"]).InvokeAsync();

        Directory.Delete(folder);
        Assert.That((exit, connected), Is.EqualTo((ExitCodes.Usage, false)));
        Assert.That(console.Text, Does.Contain("--image and --checksum are required (or an iexec.json in this folder with app.multiaddr and app.checksum)"));
    }
}

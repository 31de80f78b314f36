using Daisee.Billing.Requester.Commands;
using Daisee.Billing.Requester.Runners;
using Daisee.Billing.Requester.Tests.Support;

namespace Daisee.Billing.Requester.Tests.Commands;

/// <summary><c>bill --out</c> never overwrites another result: the same result again is fine, a different one needs <c>--force</c>.</summary>
public sealed class BillOutputFolderTests
{
    private string _parent = null!;
    private string _output = null!;

    [SetUp]
    public void CreateFolders()
    {
        _parent = Directory.CreateTempSubdirectory("daisee-bill-out-").FullName;
        _output = Path.Combine(_parent, "2026-06");
    }

    [TearDown]
    public void DeleteFolders() => Directory.Delete(_parent, recursive: true);

    [Test]
    public async Task Bill_SameResultTwice_SecondRunAcceptedAndNothingLeftBeside()
    {
        using var console = new RecordingConsole();
        Assert.That(await BillAsync(console, force: false), Is.EqualTo(ExitCodes.Ok), console.Text);
        var manifest = await File.ReadAllBytesAsync(Path.Combine(_output, "manifest.json"));

        var exit = await BillAsync(console, force: false);

        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), console.Text);
        Assert.That(await File.ReadAllBytesAsync(Path.Combine(_output, "manifest.json")), Is.EqualTo(manifest));
        Assert.That(Directory.EnumerateFileSystemEntries(_parent), Is.EqualTo(new[] { _output }), "no staging folder is left");
    }

    [Test]
    public async Task Bill_OutHoldsAnotherResult_RefusedLeftUntouchedAndTheNewResultKeptBeside()
    {
        using var console = new RecordingConsole();
        Directory.CreateDirectory(_output);
        await File.WriteAllTextAsync(Path.Combine(_output, "manifest.json"), "{\"files\":[]}");
        await File.WriteAllTextAsync(Path.Combine(_output, "notes.txt"), "another month");

        var exit = await BillAsync(console, force: false);

        Assert.That(exit, Is.EqualTo(ExitCodes.Usage), console.Text);
        Assert.That(console.Text, Does.Contain("already holds another result").And.Contain("--force"));
        Assert.That(await File.ReadAllTextAsync(Path.Combine(_output, "notes.txt")), Is.EqualTo("another month"));
        Assert.That(File.Exists(Path.Combine(_output + ".new", "summary.json")), Is.True, "the new result is not lost");
    }

    [Test]
    public async Task Bill_OutHoldsAnotherResultWithForce_Replaced()
    {
        using var console = new RecordingConsole();
        Directory.CreateDirectory(_output);
        await File.WriteAllTextAsync(Path.Combine(_output, "notes.txt"), "another month");

        var exit = await BillAsync(console, force: true);

        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), console.Text);
        Assert.That(File.Exists(Path.Combine(_output, "notes.txt")), Is.False);
        Assert.That(File.Exists(Path.Combine(_output, "summary.json")), Is.True);
        Assert.That(Directory.Exists(_output + ".new"), Is.False);
    }

    private Task<int> BillAsync(RecordingConsole console, bool force) =>
        BillCommand.RunAsync(console.Console, LocalRunner.Beside(), new RunRequest(RepositoryRoot.Combine("samples", "faulty", "clean"), _output, ["--month", "2026-06"]), force, CancellationToken.None);
}

using System.Text.Json;
using Daisee.Billing.Worker.Tests.Support;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Contract;

/// <summary>The iExec app contract, checked on the real worker binary run as a child process.</summary>
[TestFixture]
public sealed class WorkerContractTests
{
    private static readonly YearMonth March = new(2026, 3);

    [Test]
    public void Run_IexecVariablesWithZipDataset_WritesComputedJsonPointingAtTheManifest()
    {
        using var dataset = TestDataset.Standard(March);
        using var input = new TempFolder();
        using var output = new TempFolder();
        dataset.ZipTo(input.Combine("my-dataset.zip"));

        var (exit, _, stderr) = WorkerProcess.Run(Iexec(input.Path, output.Path, "my-dataset.zip"), "--month", "2026-03");

        Assert.That(exit, Is.Zero, stderr);
        using var computed = JsonDocument.Parse(File.ReadAllText(output.Combine("computed.json")));
        Assert.Multiple(() =>
        {
            Assert.That(computed.RootElement.GetProperty("deterministic-output-path").GetString(), Is.EqualTo(output.Path + "/manifest.json"));
            Assert.That(computed.RootElement.TryGetProperty("error-message", out _), Is.False);
            Assert.That(File.Exists(output.Combine("manifest.json")), Is.True);
            Assert.That(File.Exists(output.Combine("allocation.csv")), Is.True);
        });
    }

    [Test]
    public void Run_DatasetWithoutCollectiveJson_WritesErrorMessageAndReportAndExitsZero()
    {
        using var dataset = TestDataset.Standard(March);
        dataset.Delete("collective.json");
        using var input = new TempFolder();
        using var output = new TempFolder();
        dataset.ZipTo(input.Combine("dataset.zip"));

        var (exit, _, _) = WorkerProcess.Run(Iexec(input.Path, output.Path, "dataset.zip"), "--month", "2026-03");

        Assert.That(exit, Is.Zero);
        Assert.Multiple(() =>
        {
            Assert.That(ErrorMessage(output), Does.Contain("collective.json"));
            Assert.That(File.ReadAllText(output.Combine("conformity.csv")), Does.Contain("COLLECTIVE_MISSING"));
            Assert.That(File.Exists(output.Combine("manifest.json")), Is.True);
        });
    }

    [Test]
    public void Run_DatasetThatIsNotAZip_WritesErrorMessage()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        File.WriteAllText(input.Combine("dataset.zip"), "this is not a zip");

        var (exit, _, _) = WorkerProcess.Run(Iexec(input.Path, output.Path, "dataset.zip"), "--month", "2026-03");

        Assert.That(exit, Is.Zero);
        Assert.That(File.ReadAllText(output.Combine("conformity.csv")), Does.Contain("DATASET_UNREADABLE"));
        Assert.That(ErrorMessage(output), Is.Not.Empty);
    }

    [TestCase("2026-13")]
    [TestCase("june")]
    public void Run_MalformedMonth_RejectsNamingTheArgument(string month)
    {
        using var dataset = TestDataset.Standard(March);
        using var output = new TempFolder();

        var (exit, _, _) = WorkerProcess.Run(new Dictionary<string, string>(), "--month", month, "--dataset", dataset.Folder, "--out", output.Path);

        Assert.That(exit, Is.Zero);
        Assert.That(ErrorMessage(output), Does.Contain("--month"));
    }

    [Test]
    public void Run_NoOutputFolder_ExitsWithUsageCode()
    {
        using var dataset = TestDataset.Standard(March);

        var (exit, _, stderr) = WorkerProcess.Run(new Dictionary<string, string>(), "--month", "2026-03", "--dataset", dataset.Folder);

        Assert.That(exit, Is.EqualTo(ExitCodes.Usage));
        Assert.That(stderr, Does.Contain("IEXEC_OUT"));
    }

    [Test]
    public void Run_FolderWithFlagsAndZipWithIexecVariables_GiveTheSameManifestBytes()
    {
        using var dataset = TestDataset.Standard(March);
        using var input = new TempFolder();
        using var fromZip = new TempFolder();
        using var fromFolder = new TempFolder();
        dataset.ZipTo(input.Combine("dataset.zip"));

        WorkerProcess.Run(Iexec(input.Path, fromZip.Path, "dataset.zip"), "--month", "2026-03");
        WorkerProcess.Run(new Dictionary<string, string>(), "--month", "2026-03", "--dataset", dataset.Folder, "--out", fromFolder.Path);

        Assert.That(File.ReadAllBytes(fromFolder.Combine("manifest.json")), Is.EqualTo(File.ReadAllBytes(fromZip.Combine("manifest.json"))));
    }

    private static Dictionary<string, string> Iexec(string input, string output, string dataset) => new()
    {
        ["IEXEC_IN"] = input,
        ["IEXEC_OUT"] = output,
        ["IEXEC_DATASET_FILENAME"] = dataset,
        ["IEXEC_INPUT_FILES_NUMBER"] = "0",
    };

    private static string ErrorMessage(TempFolder output)
    {
        using var computed = JsonDocument.Parse(File.ReadAllText(output.Combine("computed.json")));
        return computed.RootElement.GetProperty("error-message").GetString() ?? string.Empty;
    }
}

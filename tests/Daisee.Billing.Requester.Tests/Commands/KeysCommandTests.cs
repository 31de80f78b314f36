using System.Globalization;
using System.Text;
using Daisee.Billing.Requester.Commands;
using Daisee.Billing.Requester.Tests.Support;

namespace Daisee.Billing.Requester.Tests.Commands;

/// <summary><c>keys check</c> on a one-day-step operation: a 60-minute collective of two consumers, February 2026 (28 × 24 steps, no DST change).</summary>
[TestFixture]
public sealed class KeysCommandTests
{
    private const string Collective = """
        {
          "name": "Keys test", "operationId": "ACC00000042", "timeZone": "Europe/Paris", "stepMinutes": 60,
          "participants": [
            { "prm": "30000000000001", "name": "Roof", "role": "producer", "surplusPriceEurPerKwh": 0.07 },
            { "prm": "30000000000011", "name": "Office", "role": "consumer" },
            { "prm": "30000000000012", "name": "Home", "role": "consumer", "left": "2026-02-15" }
          ],
          "allocation": { "method": "dynamic-simple", "keysFile": "keys/keys.csv" },
          "localPrices": [ { "from": "2026-01-01", "classes": { "base": 0.12 } } ]
        }
        """;

    [Test]
    public void Check_CleanFile_ExitsOkAndSaysReady()
    {
        using var folder = new Scratch();
        var exit = Run(folder, Lines(), out var text);

        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), text);
        Assert.That(text, Does.Contain("ready to send").And.Contain("672 steps"));
    }

    [Test]
    public void Check_HomeKeptAfterLeaving_ExitsRejectedAndNamesTheLine()
    {
        using var folder = new Scratch();
        var lines = Lines();
        lines.Add("2026-02-20T10:00:00Z,30000000000012,0.2");

        var exit = Run(folder, lines, out var text);

        Assert.That(exit, Is.EqualTo(ExitCodes.Rejected));
        Assert.That(text, Does.Contain("keys-prm-not-member").And.Contain(lines.Count.ToString(CultureInfo.InvariantCulture)).And.Contain("1 problem(s)"));
    }

    [Test]
    public async Task Suggest_SampleOctober_WritesKeysThatPassTheCheck()
    {
        using var console = new RecordingConsole();
        var output = Directory.CreateTempSubdirectory("daisee-suggest-").FullName;
        try
        {
            var sample = RepositoryRoot.Combine("samples", "villeurbanne");
            var request = new Daisee.Billing.Requester.Runners.RunRequest(sample, output, ["--suggest-keys", "--month", "2026-10", "--goal", "maximise-local"]);

            var exit = await KeysCommand.SuggestAsync(console.Console, Daisee.Billing.Requester.Runners.LocalRunner.Beside(), request, CancellationToken.None);

            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), console.Text);
            Assert.That(console.Text, Does.Contain("with the current rules"));
            using var check = new RecordingConsole();
            Assert.That(KeysCommand.Check(check.Console, Path.Combine(output, "keys-suggested.csv"), "2026-10", sample), Is.EqualTo(ExitCodes.Ok), check.Text);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>Header + per hour of February 2026 (starts 2026-01-31T23:00Z, CET): Office 0.5, and Home 0.5 until 14 February (local).</summary>
    private static List<string> Lines()
    {
        var lines = new List<string> { "start,prm,coefficient" };
        var start = new DateTimeOffset(2026, 1, 31, 23, 0, 0, TimeSpan.Zero);
        for (var h = 0; h < 28 * 24; h++)
        {
            var t = start.AddHours(h);
            var stamp = t.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
            lines.Add($"{stamp},30000000000011,0.5");
            if (h < 14 * 24)
            {
                lines.Add($"{stamp},30000000000012,0.5");
            }
        }

        return lines;
    }

    private static int Run(Scratch folder, List<string> lines, out string text)
    {
        File.WriteAllText(Path.Combine(folder.Path, "collective.json"), Collective);
        var keys = Path.Combine(folder.Path, "keys.csv");
        File.WriteAllText(keys, string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(false));
        using var console = new RecordingConsole();
        var exit = KeysCommand.Check(console.Console, keys, "2026-02", folder.Path);
        text = console.Text;
        return exit;
    }

    private sealed class Scratch : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("daisee-keys-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}

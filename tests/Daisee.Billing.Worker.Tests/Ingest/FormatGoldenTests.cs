using System.Globalization;
using System.Text;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Output;
using Daisee.Billing.Worker.Validation;

namespace Daisee.Billing.Worker.Tests.Ingest;

/// <summary>
/// Golden files: each fixture's normalised readings (UTC step, mWh, direction, flag, source
/// line) and its row accounting, compared with <c>Fixtures/formats/golden/</c>.
/// <c>UPDATE_GOLDEN=1</c> rewrites them; review their diffs like code.
/// </summary>
[TestFixture]
public sealed class FormatGoldenTests
{
    [TestCase("portal-a-step-change.csv")]
    [TestCase("portal-b-dst-march.csv")]
    [TestCase("portal-c-dst-october.csv")]
    [TestCase("r50.xml")]
    [TestCase("r4q.xml")]
    [TestCase("generic-comma.csv")]
    [TestCase("generic-semicolon.csv")]
    [TestCase("acc-split.csv")]
    [TestCase("acc-split.json")]
    public void Read_Fixture_MatchesItsGoldenFile(string file)
    {
        var actual = Render(file);
        var golden = Path.Combine(Path.GetDirectoryName(IngestRun.Fixture(file))!, "golden", file + ".txt");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, actual, new UTF8Encoding(false));
        }

        Assert.That(File.Exists(golden), Is.True, $"missing golden file {golden}: run the tests once with UPDATE_GOLDEN=1 and review it");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(golden)));
    }

    private static string Render(string file)
    {
        var log = new ConformityLog();
        var text = new StringBuilder();
        if (file.StartsWith("acc-split", StringComparison.Ordinal))
        {
            text.Append("prm;start;end;quantity;mwh;line\n");
            foreach (var s in AccSplitReader.Read(IngestRun.FixtureEntry(file, AccSplitReader.Folder), IngestRun.Context(), log))
            {
                text.Append(CultureInfo.InvariantCulture, $"{s.Prm};{CsvText.Instant(s.Step.Start)};{CsvText.Instant(s.Step.End)};{s.Quantity};{s.Energy.MilliwattHours};{s.Line}\n");
            }
        }
        else
        {
            text.Append("prm;start;end;mwh;direction;quality;line\n");
            foreach (var r in CurveFileReader.Default.Read(IngestRun.FixtureEntry(file), IngestRun.Context(), log))
            {
                text.Append(CultureInfo.InvariantCulture, $"{r.Prm};{CsvText.Instant(r.Step.Start)};{CsvText.Instant(r.Step.End)};{r.Energy.MilliwattHours};{(r.Direction == Direction.Consumption ? "consumption" : "production")};{r.Quality};{r.Line}\n");
            }
        }

        foreach (var f in log.ToReport().Files)
        {
            text.Append(CultureInfo.InvariantCulture, $"# {f.Source} {f.Format}: read {f.RowsRead}, accepted {f.RowsAccepted}, rejected {f.RowsRejected}, out of scope {f.RowsOutOfScope}\n");
        }

        foreach (var i in log.ToReport().Issues)
        {
            text.Append(CultureInfo.InvariantCulture, $"# {i.Code} {i.Field}: {i.Message}\n");
        }

        return text.ToString();
    }
}

using System.Globalization;
using System.Text;
using Daisee.Billing.Worker.Output;
using Daisee.Billing.Worker.Tests.Support;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Output;

/// <summary>Conservation as a reader of <c>allocation.csv</c> sees it, exactly, on every step.</summary>
[TestFixture]
public sealed class AllocationCsvTests
{
    [TestCase(2026, 3, 46 + (30 * 48))]
    [TestCase(2026, 6, 30 * 48)]
    [TestCase(2026, 10, 50 + (30 * 48))]
    public void AllocationCsv_HasOneRowPerStepAndParticipant_WithDstDaysCounted(int year, int month, int steps)
    {
        using var dataset = TestDataset.Standard(new YearMonth(year, month));
        var rows = Rows(dataset, $"{year}-{month:00}");

        Assert.That(rows.Select(r => r.Start).Distinct().Count(), Is.EqualTo(steps));
        Assert.That(rows, Has.Count.EqualTo(steps * 3));
    }

    [Test]
    public void AllocationCsv_ConservesEnergyOnEveryStepAndRow()
    {
        using var dataset = TestDataset.Standard(new YearMonth(2026, 3));
        var rows = Rows(dataset, "2026-03");

        Assert.Multiple(() =>
        {
            foreach (var row in rows)
            {
                Assert.That(row.Measured, Is.EqualTo(row.Local + row.Grid), $"{row.Start} {row.Participant}");
                Assert.That(row.Local, Is.InRange(0m, row.Measured), $"{row.Start} {row.Participant}");
            }

            foreach (var step in rows.GroupBy(r => r.Start))
            {
                var consumed = step.Where(r => r.Role == "consumer").Sum(r => r.Local);
                var produced = step.Where(r => r.Role == "producer").Sum(r => r.Local);
                Assert.That(consumed, Is.EqualTo(produced), step.Key);
            }
        });
    }

    [Test]
    public void AllocationCsv_MemberWhoJoinedMidMonth_GetsNoLocalEnergyBefore()
    {
        using var dataset = TestDataset.Standard(new YearMonth(2026, 3));
        var rows = Rows(dataset, "2026-03").Where(r => r.Participant == TestDataset.ConsumerB).ToList();

        var before = rows.Where(r => string.CompareOrdinal(r.Start, "2026-03-09T23:00:00Z") < 0).ToList();
        var after = rows.Where(r => string.CompareOrdinal(r.Start, "2026-03-09T23:00:00Z") >= 0).ToList();
        Assert.That(before.Sum(r => r.Local), Is.Zero);
        Assert.That(before.Sum(r => r.Measured), Is.GreaterThan(0m));
        Assert.That(after.Sum(r => r.Local), Is.GreaterThan(0m));
    }

    [Test]
    public void AllocationCsv_HeaderIsTheContract()
    {
        using var dataset = TestDataset.Standard(new YearMonth(2026, 3));
        var text = Encoding.UTF8.GetString(Entries.Bill(dataset.Folder, "2026-03").Files[AllocationCsvWriter.FileName]);

        Assert.That(text.Split('\n')[0], Is.EqualTo("start,participant,role,measured_wh,local_wh,grid_wh"));
        Assert.That(text, Does.Not.Contain("\r"));
    }

    private static List<(string Start, string Participant, string Role, decimal Measured, decimal Local, decimal Grid)> Rows(TestDataset dataset, string month)
    {
        var outcome = Entries.Bill(dataset.Folder, month);
        Assert.That(outcome.ErrorMessage, Is.Null);
        return [.. Encoding.UTF8.GetString(outcome.Files[AllocationCsvWriter.FileName])
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .Select(line => line.Split(','))
            .Select(f => (f[0], f[1], f[2], Parse(f[3]), Parse(f[4]), Parse(f[5])))];
    }

    private static decimal Parse(string wh) => decimal.Parse(wh, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}

using System.Collections.Immutable;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Billing;

/// <summary>
/// Sums by step keys computed once per period. March 2026 in Paris, 60-minute steps: the clocks
/// go forward on Sunday 29 March (02:00 → 03:00), so the month has 31 × 24 − 1 = 743 steps and
/// the local hour of step t is not t mod 24 after that night. Expected values by hand.
/// </summary>
public sealed class StepSumsTests
{
    private static readonly BillingPeriod March = new(new YearMonth(2026, 3), DateTimeZoneProviders.Tzdb["Europe/Paris"], 60);

    [Test]
    public void Classify_DstMonth_KeysFollowTheLocalHour()
    {
        var keys = StepSums.Classify(March, start => start.Hour is >= 22 or < 6 ? "HC" : "HP");
        Assert.Multiple(() =>
        {
            Assert.That(keys.StepCount, Is.EqualTo(743));
            Assert.That(keys.KeyCount, Is.EqualTo(2));
            // Step 0 = 1 March 00:00 (HC); step 6 = 06:00 (HP); first key seen first.
            Assert.That(keys.Key(keys.IndexAt(0)), Is.EqualTo("HC"));
            Assert.That(keys.Key(keys.IndexAt(6)), Is.EqualTo("HP"));
            // 29 March starts at step 28 × 24 = 672; 00:00 and 01:00 then 03:00: step 674 is 03:00 (HC), step 677 is 06:00 (HP).
            Assert.That(keys.DateAt(674), Is.EqualTo(new LocalDate(2026, 3, 29)));
            Assert.That(keys.Key(keys.IndexAt(676)), Is.EqualTo("HC"));
            Assert.That(keys.Key(keys.IndexAt(677)), Is.EqualTo("HP"));
            Assert.That(keys.DateAt(742), Is.EqualTo(new LocalDate(2026, 3, 31)));
        });
    }

    [Test]
    public void SumBy_SharedKeys_SumsPerGroupInOrderOfFirstEnergyWithDays()
    {
        // 1 Wh at every step from 12:00 (HP) on, 0 before: HP appears first, HC on 1 March at 22:00.
        var values = new Energy[March.StepCount];
        for (var t = 12; t < values.Length; t++)
        {
            values[t] = Energy.FromWattHours(1);
        }

        var keys = StepSums.Classify(March, start => start.Hour is >= 22 or < 6 ? "HC" : "HP");
        var (groups, skipped) = StepSums.SumBy(keys, values);

        // HC: 8 hours a day × 31 days, minus the 02:00 hour that 29 March lacks, minus the 6 HC hours before step 12 on 1 March = 241.
        // HP: 16 hours × 31 = 496 minus the 6 HP hours 06:00–11:00 of 1 March = 490. 241 + 490 = 743 − 12.
        Assert.Multiple(() =>
        {
            Assert.That(skipped, Is.EqualTo(Energy.Zero));
            Assert.That(groups.Select(g => g.Key), Is.EqualTo(new[] { "HP", "HC" }));
            Assert.That(groups.Select(g => g.Energy), Is.EqualTo(new[] { Energy.FromWattHours(490), Energy.FromWattHours(241) }));
            Assert.That(groups.Select(g => (g.From, g.To)), Is.EqualTo(new[]
            {
                (new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)),
                (new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)),
            }));
        });
    }

    [Test]
    public void SumBy_StepsWithoutKey_AreSkippedAndTheirEnergyReturned()
    {
        // Keys only from 10 March: the 9 first days (9 × 24 = 216 steps) have none.
        var values = Enumerable.Repeat(Energy.FromWattHours(2), March.StepCount).ToImmutableArray();
        var (groups, skipped) = StepSums.SumBy(March, values, start => start.Date >= new LocalDate(2026, 3, 10) ? "base" : null);

        Assert.Multiple(() =>
        {
            Assert.That(skipped, Is.EqualTo(Energy.FromWattHours(2 * 216)));
            Assert.That(groups.Single().Energy, Is.EqualTo(Energy.FromWattHours(2 * (743 - 216))));
            Assert.That(groups.Single().From, Is.EqualTo(new LocalDate(2026, 3, 10)));
        });
    }

    [Test]
    public void SumBy_EqualRecordKeys_AreOneGroup()
    {
        // A new record per step, equal by value: one group, as with a key looked up once.
        var values = Enumerable.Repeat(Energy.FromWattHours(1), March.StepCount).ToImmutableArray();
        var (groups, _) = StepSums.SumBy(March, values, start => new RateKey("x", start.Month));

        Assert.That(groups.Select(g => (g.Key, g.Energy)), Is.EqualTo(new[] { (new RateKey("x", 3), Energy.FromWattHours(743)) }));
    }

    private sealed record RateKey(string Name, int Month);
}

using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Output;
using static Daisee.Billing.Worker.Tests.Allocation.AllocationAssert;

namespace Daisee.Billing.Worker.Tests.Allocation;

/// <summary>The worked examples of reference/acc-domain.md §3.4, one step each, in mWh.</summary>
public sealed class WorkedExamplesTests
{
    [Test]
    public void Allocate_Example1TwoProducersSurplus_EveryoneCoveredAndSurplusSplitByProduction()
    {
        var result = new ScenarioBuilder()
            .Add(1, Role.Producer, 6000).Add(2, Role.Producer, 4000)
            .Add(11, Role.Consumer, 5000).Add(12, Role.Consumer, 3000).Add(13, Role.Consumer, 1000)
            .Allocate();

        Local(result, 11, 5000);
        Local(result, 12, 3000);
        Local(result, 13, 1000);
        Local(result, 1, 5400, Direction.Production);
        Local(result, 2, 3600, Direction.Production);
        Assert.That(Entry(result, 1, Direction.Production).Grid[0], Is.EqualTo(Energy.FromWattHours(600)));
        Assert.That(Entry(result, 2, Direction.Production).Grid[0], Is.EqualTo(Energy.FromWattHours(400)));
        Assert.That(result.Consumers.Select(c => c.Grid[0]), Is.All.EqualTo(Energy.Zero));
        Exact(result);
    }

    [Test]
    public void Allocate_Example2ProductionShort_RatioSixNinthsWithLargestRemainder()
    {
        var result = new ScenarioBuilder()
            .Add(1, Role.Producer, 6000)
            .Add(11, Role.Consumer, 5000).Add(12, Role.Consumer, 3000).Add(13, Role.Consumer, 1000)
            .Allocate();

        Assert.That(LocalMilli(result, 11), Is.EqualTo(3_333_333));
        Assert.That(LocalMilli(result, 12), Is.EqualTo(2_000_000));
        Assert.That(LocalMilli(result, 13), Is.EqualTo(666_667));
        Assert.That(Entry(result, 11).Grid[0].MilliwattHours, Is.EqualTo(1_666_667));
        Assert.That(Entry(result, 1, Direction.Production).Grid[0], Is.EqualTo(Energy.Zero));
        Exact(result);
    }

    [TestCase(5000, 3000, 1000, 5000, 3000, 1000, 1000, TestName = "Allocate_Example3aStaticKey_UnusedShareOfCIsSurplus")]
    [TestCase(2000, 5000, 1000, 2000, 3000, 1000, 4000, TestName = "Allocate_Example3bStaticKey_WastesFourKwhWhileBNeedsTwo")]
    public void Allocate_Example3Static(long a, long b, long c, long expectedA, long expectedB, long expectedC, long expectedSurplus)
    {
        var result = new ScenarioBuilder(AllocationMethod.Static)
            .Add(1, Role.Producer, 10_000)
            .AddMilli(11, Role.Consumer, p => p with { StaticKey = 0.5m }, a * 1000)
            .AddMilli(12, Role.Consumer, p => p with { StaticKey = 0.3m }, b * 1000)
            .AddMilli(13, Role.Consumer, p => p with { StaticKey = 0.2m }, c * 1000)
            .Allocate();

        Local(result, 11, expectedA);
        Local(result, 12, expectedB);
        Local(result, 13, expectedC);
        Assert.That(Entry(result, 1, Direction.Production).Grid[0], Is.EqualTo(Energy.FromWattHours(expectedSurplus)));
        Exact(result);
    }

    [Test]
    public void Allocate_Example4Cascade_TownHallFirstThenProRataAndKeysOut()
    {
        var result = new ScenarioBuilder(AllocationMethod.Cascade)
            .Add(1, Role.Producer, 10_000)
            .AddMilli(11, Role.Consumer, p => p with { PriorityGroup = 1 }, 4_000_000)
            .AddMilli(12, Role.Consumer, p => p with { PriorityGroup = 2 }, 5_000_000)
            .AddMilli(13, Role.Consumer, p => p with { PriorityGroup = 2 }, 3_000_000)
            .Allocate();

        Local(result, 11, 4000);
        Local(result, 12, 3750);
        Local(result, 13, 2250);
        Assert.That(Entry(result, 1, Direction.Production).Grid[0], Is.EqualTo(Energy.Zero));
        var keys = System.Text.Encoding.UTF8.GetString(KeysCsvWriter.Write(result)).Split('\n');
        Assert.That(keys[1..4], Is.EqualTo(new[]
        {
            "2026-01-31T23:00:00Z,30000000000011,0.400000",
            "2026-01-31T23:00:00Z,30000000000012,0.375000",
            "2026-01-31T23:00:00Z,30000000000013,0.225000",
        }));
        Exact(result);
    }

    [Test]
    public void Allocate_Example5EqualShares_LargestRemainderKeepsTheSumLowerPrmFirst()
    {
        var result = new ScenarioBuilder()
            .Add(1, Role.Producer, 1000)
            .Add(11, Role.Consumer, 400).Add(12, Role.Consumer, 400).Add(13, Role.Consumer, 400)
            .Allocate();

        Assert.That(new[] { LocalMilli(result, 11), LocalMilli(result, 12), LocalMilli(result, 13) }, Is.EqualTo(new long[] { 333_334, 333_333, 333_333 }));
        Exact(result);
    }

    [Test]
    public void Allocate_Example5KeysFlooredToOneTenthPercent_LeaveOneWattHourOfSurplus()
    {
        var builder = new ScenarioBuilder(AllocationMethod.DynamicSimple) { Rules = new AllocationRules(AllocationMethod.DynamicSimple) { KeysFile = "keys.csv" } }
            .Add(1, Role.Producer, 1000)
            .Add(11, Role.Consumer, 400).Add(12, Role.Consumer, 400).Add(13, Role.Consumer, 400);
        var schedule = KeyTypeTests.Schedule(builder, false, [(0, null, 11, 0.333m), (0, null, 12, 0.333m), (0, null, 13, 0.333m)]);

        var result = builder.Allocate(schedule);

        Local(result, 11, 333);
        Local(result, 12, 333);
        Local(result, 13, 333);
        Assert.That(Entry(result, 1, Direction.Production).Grid[0], Is.EqualTo(Energy.FromWattHours(1)));
        Exact(result);
    }
}

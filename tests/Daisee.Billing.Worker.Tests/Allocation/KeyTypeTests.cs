using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Validation;
using static Daisee.Billing.Worker.Tests.Allocation.AllocationAssert;

namespace Daisee.Billing.Worker.Tests.Allocation;

/// <summary>Hand-checked cases per key type, storage, membership and a producing consumer.</summary>
public sealed class KeyTypeTests
{
    /// <summary>A schedule from (step, producer n or null, consumer n, coefficient) rows.</summary>
    public static KeySchedule Schedule(ScenarioBuilder builder, bool pairs, (int Step, int? Producer, int Consumer, decimal K)[] rows, ConformityLog? log = null)
    {
        var curves = builder.Curves;
        var coefficients = rows.Select((r, i) => new KeyCoefficient(
            builder.Period.StepAt(r.Step).Start, r.Producer is { } p ? ScenarioBuilder.PrmOf(p) : null, ScenarioBuilder.PrmOf(r.Consumer), r.K, "keys.csv", i + 2));
        return KeySchedule.Build(coefficients, builder.Period, [.. Allocator.Consumers(curves).Select(c => c.Prm)], [.. Allocator.Producers(curves).Select(c => c.Prm)], pairs, log ?? new ConformityLog());
    }

    [Test]
    public void Allocate_StaticThirds_SharesSumToProductionLowerPrmGetsTheUnit()
    {
        var third = 1m / 3m;
        var result = new ScenarioBuilder(AllocationMethod.Static)
            .Add(1, Role.Producer, 1000)
            .AddMilli(11, Role.Consumer, p => p with { StaticKey = third }, 900_000)
            .AddMilli(12, Role.Consumer, p => p with { StaticKey = third }, 900_000)
            .AddMilli(13, Role.Consumer, p => p with { StaticKey = third }, 900_000)
            .Allocate();

        Assert.That(new[] { LocalMilli(result, 11), LocalMilli(result, 12), LocalMilli(result, 13) }, Is.EqualTo(new long[] { 333_334, 333_333, 333_333 }));
        Exact(result);
    }

    [Test]
    public void Allocate_DynamicSimple_AppliesStepKeysAndFallsBackToProRataWithoutKeys()
    {
        var builder = new ScenarioBuilder(AllocationMethod.DynamicSimple)
            .Add(1, Role.Producer, 1000, 1000)
            .Add(11, Role.Consumer, 1000, 1000).Add(12, Role.Consumer, 1000, 3000);
        var log = new ConformityLog();
        var result = builder.Allocate(Schedule(builder, false, [(0, null, 11, 0.2m), (0, null, 12, 0.8m)], log));

        Local(result, 11, 200);
        Local(result, 12, 800);
        Local(result, 11, 250, step: 1);
        Local(result, 12, 750, step: 1);
        Assert.That(log.ToReport().Issues.Select(i => i.Code), Does.Contain(IssueCodes.KeysMissing));
        Exact(result);
    }

    [Test]
    public void Build_StepKeysSummingAboveOne_RowsRejectedAndStepProRata()
    {
        var builder = new ScenarioBuilder(AllocationMethod.DynamicSimple)
            .Add(1, Role.Producer, 1000)
            .Add(11, Role.Consumer, 1000).Add(12, Role.Consumer, 3000);
        var log = new ConformityLog();
        var schedule = Schedule(builder, false, [(0, null, 11, 0.6m), (0, null, 12, 0.6m), (1, null, 11, 1m)], log);

        var report = log.ToReport();
        Assert.That(schedule.TryGet(0, out _), Is.False);
        Assert.That(schedule.TryGet(1, out _), Is.True);
        Assert.That(report.Issues.Select(i => i.Code), Does.Contain(IssueCodes.KeysSumExceeded));
        Assert.That(report.Files.Single().RowsRejected, Is.EqualTo(2));
        Assert.That(report.Files.Single().RowsAccepted, Is.EqualTo(1));
        Local(builder.Allocate(schedule), 11, 250);
    }

    [Test]
    public void Allocate_FullDynamicCapBinds_ScaledProRataPerProducerAndRestIsThatProducersSurplus()
    {
        var builder = new ScenarioBuilder(AllocationMethod.FullDynamic)
            .Add(1, Role.Producer, 6000).Add(2, Role.Producer, 4000)
            .Add(11, Role.Consumer, 2000).Add(12, Role.Consumer, 8000);
        var result = builder.Allocate(Schedule(builder, true, [(0, 1, 11, 0.5m), (0, 1, 12, 0.5m), (0, 2, 11, 0.5m), (0, 2, 12, 0.25m)]));

        Local(result, 11, 2000);
        Local(result, 12, 4000);
        Local(result, 1, 4200, Direction.Production);
        Local(result, 2, 1800, Direction.Production);
        Assert.That(Entry(result, 2, Direction.Production).Grid[0], Is.EqualTo(Energy.FromWattHours(2200)));
        Exact(result);
    }

    [Test]
    public void Allocate_CascadeStaticWithin_UnusedShareFlowsOnThenLastGroupLeavesSurplus()
    {
        var result = new ScenarioBuilder(AllocationMethod.Cascade) { Rules = new AllocationRules(AllocationMethod.Cascade) { Within = AllocationMethod.Static } }
            .Add(1, Role.Producer, 10_000)
            .AddMilli(11, Role.Consumer, p => p with { PriorityGroup = 1, StaticKey = 0.5m }, 8_000_000)
            .AddMilli(12, Role.Consumer, p => p with { PriorityGroup = 2, StaticKey = 0.5m }, 1_000_000)
            .AddMilli(13, Role.Consumer, p => p with { PriorityGroup = 2, StaticKey = 0.5m }, 4_000_000)
            .Allocate();

        Local(result, 11, 5000);
        Local(result, 12, 1000);
        Local(result, 13, 2500);
        Assert.That(Entry(result, 1, Direction.Production).Grid[0], Is.EqualTo(Energy.FromWattHours(1500)));
        Exact(result);
    }

    [Test]
    public void Allocate_CascadeWithoutGroup_ServedLast()
    {
        var result = new ScenarioBuilder(AllocationMethod.Cascade)
            .Add(1, Role.Producer, 3000)
            .Add(11, Role.Consumer, 2000)
            .AddMilli(12, Role.Consumer, p => p with { PriorityGroup = 3 }, 2_000_000)
            .Allocate();

        Local(result, 12, 2000);
        Local(result, 11, 1000);
    }

    [Test]
    public void Allocate_StorageChargesAsConsumerDischargesAsProducer()
    {
        var result = new ScenarioBuilder()
            .Add(1, Role.Producer, 3000, 0)
            .AddStorage(5, [2000, 0], [0, 1000])
            .Add(11, Role.Consumer, 2000, 2000)
            .Allocate();

        Local(result, 5, 1500);
        Local(result, 11, 1500);
        Local(result, 11, 1000, step: 1);
        Local(result, 5, 1000, Direction.Production, step: 1);
        Assert.That(result.Participants.Count(p => p.Participant.Prm == ScenarioBuilder.PrmOf(5)), Is.EqualTo(2));
        Exact(result);
    }

    [Test]
    public void Allocate_MemberJoinsOnSecondDay_NothingAllocatedBefore()
    {
        var joined = new NodaTime.LocalDate(2026, 2, 2);
        var steps = Enumerable.Repeat(1_000_000L, 48).ToArray();
        var result = new ScenarioBuilder()
            .AddMilli(1, Role.Producer, null, [.. Enumerable.Repeat(3_000_000L, 48)])
            .AddMilli(11, Role.Consumer, null, steps)
            .AddMilli(12, Role.Consumer, p => p with { Membership = new Membership(joined, null) }, steps)
            .Allocate();

        Assert.That(LocalMilli(result, 12, step: 0), Is.Zero);
        Assert.That(Entry(result, 12).Grid[0].MilliwattHours, Is.EqualTo(1_000_000));
        Assert.That(LocalMilli(result, 12, step: 24), Is.EqualTo(1_000_000));
        Exact(result);
    }

    [Test]
    public void Allocate_ParticipantWithTwoPrms_ConsumerSideAndProducerSideSeparate()
    {
        var result = new ScenarioBuilder()
            .AddMilli(1, Role.Producer, p => p with { Name = "Dupont roof" }, 2_000_000)
            .AddMilli(11, Role.Consumer, p => p with { Name = "Dupont home" }, 500_000)
            .Add(12, Role.Consumer, 1000)
            .Allocate();

        Local(result, 11, 500);
        Local(result, 12, 1000);
        Local(result, 1, 1500, Direction.Production);
        Exact(result);
    }
}

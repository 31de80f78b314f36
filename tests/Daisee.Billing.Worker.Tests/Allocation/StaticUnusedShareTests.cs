using Daisee.Billing.Worker.Domain;
using static Daisee.Billing.Worker.Tests.Allocation.AllocationAssert;

namespace Daisee.Billing.Worker.Tests.Allocation;

/// <summary>
/// acc-domain.md §3.4 example 3b: static key A 50 %, B 30 %, C 20 %, P = 10 000 Wh; A needs
/// 2 000, B 5 000, C 1 000. Default: A 2 000, B 3 000, C 1 000, surplus 4 000 although B needs 2 000 more.
/// Redistributed: the 4 000 unused (A 3 000, C 1 000) go to B, the only one short: B 5 000, surplus 2 000.
/// </summary>
public sealed class StaticUnusedShareTests
{
    [TestCase(false, 3000, 4000)]
    [TestCase(true, 5000, 2000)]
    public void Allocate_Example3b_UnusedShareIsSurplusOrRedistributed(bool redistribute, long b, long surplus)
    {
        var result = new ScenarioBuilder(AllocationMethod.Static) { Rules = new AllocationRules(AllocationMethod.Static) { StaticRedistribute = redistribute } }
            .Add(1, Role.Producer, 10_000)
            .AddMilli(11, Role.Consumer, p => p with { StaticKey = 0.5m }, 2_000_000)
            .AddMilli(12, Role.Consumer, p => p with { StaticKey = 0.3m }, 5_000_000)
            .AddMilli(13, Role.Consumer, p => p with { StaticKey = 0.2m }, 1_000_000)
            .Allocate();

        Local(result, 11, 2000);
        Local(result, 12, b);
        Local(result, 13, 1000);
        Assert.That(Entry(result, 1, Direction.Production).Grid[0], Is.EqualTo(Energy.FromWattHours(surplus)));
        Exact(result);
    }

    [Test]
    public void Allocate_RedistributedAmongTwoShortConsumers_InProportionToTheirKeysInRounds()
    {
        // P = 10 000; keys 0.6 / 0.2 / 0.2; needs 1 000 / 5 000 / 2 500. Shares 6 000 / 2 000 / 2 000 → kept 1 000 / 2 000 / 2 000, unused 5 000.
        // Round 1: 5 000 over B and C by keys 1:1 → 2 500 each, capped: B +2 500 (4 500), C +500 (2 500); 2 000 left.
        // Round 2: only B short (500): B 5 000; 1 500 surplus.
        var result = new ScenarioBuilder(AllocationMethod.Static) { Rules = new AllocationRules(AllocationMethod.Static) { StaticRedistribute = true } }
            .Add(1, Role.Producer, 10_000)
            .AddMilli(11, Role.Consumer, p => p with { StaticKey = 0.6m }, 1_000_000)
            .AddMilli(12, Role.Consumer, p => p with { StaticKey = 0.2m }, 5_000_000)
            .AddMilli(13, Role.Consumer, p => p with { StaticKey = 0.2m }, 2_500_000)
            .Allocate();

        Local(result, 11, 1000);
        Local(result, 12, 5000);
        Local(result, 13, 2500);
        Assert.That(Entry(result, 1, Direction.Production).Grid[0], Is.EqualTo(Energy.FromWattHours(1500)));
        Exact(result);
    }
}

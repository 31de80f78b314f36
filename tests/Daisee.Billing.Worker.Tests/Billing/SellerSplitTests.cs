using System.Collections.Immutable;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Billing;

/// <summary>
/// Which plant each member bought from, per step: hand-computed splits on a 60-minute June day
/// (only the first steps carry energy), both margins exact.
/// </summary>
public sealed class SellerSplitTests
{
    private static readonly BillingPeriod June = new(new YearMonth(2026, 6), DateTimeZoneProviders.Tzdb["Europe/Paris"], 60);

    [Test]
    public void Split_FirstPlantCoversAllNeeds_EachMemberGetsItsNeedFromIt()
    {
        // Step 0: members need 300 and 700 mWh; plant A autoproduces 1000 (all of it): B sells nothing.
        var sold = SellerSplit.Split(June, [Producer("30000000000001", 1000)], [Consumer("30000000000011", 300), Consumer("30000000000012", 700)]);

        Assert.That(new[] { sold[0][0][0], sold[0][1][0] }, Is.EqualTo(new long[] { 300, 700 }));
    }

    [Test]
    public void Split_TwoPlants_FirstApportionedByNeedLastTakesTheRest()
    {
        // Needs 1 and 2 mWh (Σ 3); plant A gives 2: exact shares 2/3 and 4/3 → floors 0 and 1, the
        // leftover unit to the larger remainder (2/3 > 1/3): A → (1, 1). Plant B takes the rest (0, 1).
        var producers = new[] { Producer("30000000000001", 2), Producer("30000000000002", 1) };
        var consumers = new[] { Consumer("30000000000011", 1), Consumer("30000000000012", 2) };
        var sold = SellerSplit.Split(June, producers, consumers);

        Assert.Multiple(() =>
        {
            Assert.That(new[] { sold[0][0][0], sold[0][1][0] }, Is.EqualTo(new long[] { 1, 1 }));
            Assert.That(new[] { sold[1][0][0], sold[1][1][0] }, Is.EqualTo(new long[] { 0, 1 }));
            Assert.That(sold.SelectMany(p => p).Sum(c => c[1]), Is.Zero, "a step with no need sells nothing");
        });
    }

    [Test]
    public void Split_FirstPlantShort_SecondCompletesEveryNeed()
    {
        // Needs 5 and 5 mWh; plant A gives 3: shares 1.5 and 1.5 → 1 and 1, the leftover to the lower index → (2, 1). B: (3, 4).
        var producers = new[] { Producer("30000000000001", 3), Producer("30000000000002", 7) };
        var consumers = new[] { Consumer("30000000000011", 5), Consumer("30000000000012", 5) };
        var sold = SellerSplit.Split(June, producers, consumers);

        Assert.Multiple(() =>
        {
            Assert.That(new[] { sold[0][0][0], sold[0][1][0] }, Is.EqualTo(new long[] { 2, 1 }));
            Assert.That(new[] { sold[1][0][0], sold[1][1][0] }, Is.EqualTo(new long[] { 3, 4 }));
        });
    }

    private static ParticipantAllocation Producer(string prm, long firstStepMilliwattHours) =>
        Allocation(new Participant(Prm.Parse(prm), prm, Role.Producer, default), firstStepMilliwattHours);

    private static ParticipantAllocation Consumer(string prm, long firstStepMilliwattHours) =>
        Allocation(new Participant(Prm.Parse(prm), prm, Role.Consumer, default), firstStepMilliwattHours);

    private static ParticipantAllocation Allocation(Participant participant, long firstStepMilliwattHours)
    {
        var local = new Energy[June.StepCount];
        local[0] = new Energy(firstStepMilliwattHours);
        ImmutableArray<Energy> values = [.. local];
        return new ParticipantAllocation(participant, values, values, [.. new Energy[June.StepCount]]);
    }
}

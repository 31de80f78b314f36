using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;
using FsCheck;
using FsCheck.Fluent;

namespace Daisee.Billing.Worker.Tests.Allocation;

/// <summary>FsCheck properties over generated collectives (see <see cref="GeneratedCollective"/>), every key type.</summary>
public sealed class AllocationPropertyTests
{
    [Test]
    public void Allocate_AnyCollectiveAnyKey_IdentitiesHoldExactlyAtEveryStep() =>
        Prop.ForAll(GeneratedCollective.Generator.ToArbitrary(), c =>
        {
            var builder = c.Builder();
            return AllocationAssert.FirstViolation(builder.Allocate(c.Schedule(builder))) is null;
        }).QuickCheckThrowOnFailure();

    [Test]
    public void Allocate_ParticipantsPermuted_SameSplitOnlyInputOrderChanged() =>
        Prop.ForAll(GeneratedCollective.Generator.ToArbitrary(), c =>
        {
            var builder = c.Builder();
            var schedule = c.Schedule(builder);
            var sorted = builder.Allocate(schedule);
            var permuted = builder.AllocateInOrder(c.Permutation, schedule);
            return sorted.Participants.Select(Signature).SequenceEqual(permuted.Participants.Select(Signature));
        }).QuickCheckThrowOnFailure();

    [Test]
    public void Allocate_ProRata_NoSurplusWhileAMemberConsumerIsUncovered() =>
        Prop.ForAll(GeneratedCollective.Generator.ToArbitrary(), c =>
        {
            var builder = (c with { Method = AllocationMethod.Prorata }).Builder();
            var result = builder.Allocate();
            return Enumerable.Range(0, result.Period.StepCount).All(t =>
            {
                var day = result.Period.LocalDateOf(t);
                var surplus = result.Producers.Where(p => p.Participant.Membership.Covers(day)).Sum(p => p.Grid[t].MilliwattHours);
                var uncovered = result.Consumers.Any(p => p.Participant.Membership.Covers(day) && p.Grid[t].MilliwattHours > 0);
                return surplus == 0 || !uncovered;
            });
        }).QuickCheckThrowOnFailure();

    [Test]
    public void Allocate_CascadeProRataWithin_LaterGroupsGetNothingWhileAnEarlierMemberIsUncovered() =>
        Prop.ForAll(GeneratedCollective.Generator.ToArbitrary(), c =>
        {
            var builder = (c with { Method = AllocationMethod.Cascade, WithinStatic = false }).Builder();
            var result = builder.Allocate();
            var consumers = result.Consumers.ToArray();
            return Enumerable.Range(0, result.Period.StepCount).All(t =>
            {
                var day = result.Period.LocalDateOf(t);
                var uncovered = consumers.Where(p => p.Participant.Membership.Covers(day) && p.Grid[t].MilliwattHours > 0)
                    .Select(p => p.Participant.PriorityGroup ?? int.MaxValue).DefaultIfEmpty(int.MaxValue).Min();
                return consumers.Where(p => (p.Participant.PriorityGroup ?? int.MaxValue) > uncovered).All(p => p.Local[t].MilliwattHours == 0);
            });
        }).QuickCheckThrowOnFailure();

    [Test]
    public void Allocate_StaticKey_NoConsumerGetsMoreThanItsShareRoundedUp() =>
        Prop.ForAll(GeneratedCollective.Generator.ToArbitrary(), c =>
        {
            var builder = (c with { Method = AllocationMethod.Static }).Builder();
            var result = builder.Allocate();
            var producers = result.Producers.ToArray();
            return Enumerable.Range(0, result.Period.StepCount).All(t =>
            {
                var day = result.Period.LocalDateOf(t);
                var production = producers.Where(p => p.Participant.Membership.Covers(day)).Sum(p => (decimal)p.Measured[t].MilliwattHours);
                return result.Consumers.All(p => p.Local[t].MilliwattHours <= decimal.Ceiling(production * (p.Participant.StaticKey ?? 0m)));
            });
        }).QuickCheckThrowOnFailure();

    private static string Signature(ParticipantAllocation p) =>
        $"{p.Participant.Prm}/{p.Side}:{string.Join(',', p.Local.Select(v => v.MilliwattHours))}|{string.Join(',', p.Grid.Select(v => v.MilliwattHours))}";
}

using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Allocation;

/// <summary>
/// A random collective for property tests: 1–8 participants (producers, consumers, storage),
/// memberships starting or ending on the first days, curves of up to 60 hourly steps with
/// zeros and spikes (up to 10 MWh a step), static keys and priority groups, keys-file rows
/// for some steps, and a permutation of the participants. Sizes are bounded to keep CI fast.
/// </summary>
public sealed record GeneratedCollective(AllocationMethod Method, bool WithinStatic, GeneratedParticipant[] Participants, (int Step, int Producer, int Consumer, int Weight)[] Keys, int[] Permutation)
{
    public static Gen<GeneratedCollective> Generator { get; } =
        from method in Gen.Elements(AllocationMethod.Prorata, AllocationMethod.Static, AllocationMethod.DynamicSimple, AllocationMethod.FullDynamic, AllocationMethod.Cascade)
        from withinStatic in Gen.Elements(false, true)
        from count in Gen.Choose(1, 8)
        from participants in GeneratedParticipant.Generator.ArrayOf(count)
        from keys in (from step in Gen.Choose(0, 59) from p in Gen.Choose(0, 7) from c in Gen.Choose(0, 7) from w in Gen.Choose(0, 1000) select (step, p, c, w)).ArrayOf()
        from permutation in Gen.Shuffle(Enumerable.Range(0, count).ToArray())
        select new GeneratedCollective(method, withinStatic, [participants[0] with { Role = Role.Producer }, .. participants[1..]], keys, permutation);

    public ScenarioBuilder Builder()
    {
        var rules = new AllocationRules(Method) { KeysFile = "keys.csv", Within = WithinStatic ? AllocationMethod.Static : AllocationMethod.Prorata };
        var builder = new ScenarioBuilder(Method) { Rules = rules };
        var weightSum = Math.Max(1000, Participants.Where(p => p.Role != Role.Producer).Sum(p => p.StaticWeight));
        for (var i = 0; i < Participants.Length; i++)
        {
            var g = Participants[i];
            var participant = new Participant(ScenarioBuilder.PrmOf(100 + i), $"G{i}", g.Role, g.Membership)
            {
                StaticKey = Math.Floor(g.StaticWeight * 1_000_000m / weightSum) / 1_000_000m,
                PriorityGroup = g.Group,
            };
            builder.Add(participant, g.Values, g.Role == Role.Storage ? g.Discharge : null);
        }

        return builder;
    }

    /// <summary>The keys-file schedule for dynamic-simple / full-dynamic, with Σ ≤ 1 per step (and producer).</summary>
    public KeySchedule? Schedule(ScenarioBuilder builder)
    {
        if (Method is not (AllocationMethod.DynamicSimple or AllocationMethod.FullDynamic))
        {
            return null;
        }

        var pairs = Method == AllocationMethod.FullDynamic;
        var curves = builder.Curves;
        var consumers = Allocator.Consumers(curves).Select(c => c.Prm).ToList();
        var producers = Allocator.Producers(curves).Select(c => c.Prm).ToList();
        var rows = consumers.Count == 0 ? [] : Keys
            .Select(k => (k.Step, Producer: pairs ? producers[k.Producer % producers.Count] : (Prm?)null, Consumer: consumers[k.Consumer % consumers.Count], k.Weight))
            .DistinctBy(k => (k.Step, k.Producer, k.Consumer))
            .GroupBy(k => (k.Step, k.Producer))
            .SelectMany(g => g.Select(k => new KeyCoefficient(builder.Period.StepAt(k.Step).Start, k.Producer, k.Consumer,
                Math.Floor(k.Weight * 1_000_000m / Math.Max(1000, g.Sum(x => x.Weight))) / 1_000_000m, "keys.csv", 0)))
            .ToList();
        return KeySchedule.Build(rows, builder.Period, consumers, producers, pairs, new Worker.Domain.ConformityLog());
    }
}

/// <summary>One generated participant: role, membership days, curves in mWh, static weight (‰), priority group.</summary>
public sealed record GeneratedParticipant(Role Role, Membership Membership, long[] Values, long[] Discharge, int StaticWeight, int? Group)
{
    public static Gen<GeneratedParticipant> Generator { get; } =
        from role in Gen.Elements(Role.Producer, Role.Consumer, Role.Consumer, Role.Consumer, Role.Storage)
        from joined in Gen.Elements<int?>(null, null, 1, 2, 3)
        from left in Gen.Elements<int?>(null, null, null, 2, 3, 4)
        from length in Gen.Choose(1, 60)
        from values in Value.ArrayOf(length)
        from discharge in Value.ArrayOf(length)
        from weight in Gen.Choose(0, 1000)
        from @group in Gen.Elements<int?>(null, 1, 2, 3)
        select new GeneratedParticipant(role, new Membership(Day(joined), left > (joined ?? 0) ? Day(left) : null), values, discharge, weight, @group);

    /// <summary>30 % zeros, 60 % up to 5 kWh with odd mWh, 10 % spikes up to 10 MWh.</summary>
    private static Gen<long> Value { get; } =
        from kind in Gen.Choose(0, 9)
        from small in Gen.Choose(0, 5_000_000)
        from spike in Gen.Choose(1, 1000)
        select kind < 3 ? 0L : kind < 9 ? small : spike * 10_000_000L;

    private static LocalDate? Day(int? day) => day is { } d ? new LocalDate(2026, 2, d) : null;
}

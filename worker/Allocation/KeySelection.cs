using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// Builds the key <c>collective.json</c> asks for (<c>allocation.method</c>, <c>within</c>),
/// its coefficients in the allocator's consumer order (PRM order). Keys files are read before
/// and given as a <see cref="KeySchedule"/>. Static coefficients that sum above 1 (per
/// cascade group) are an error: the key cannot be applied.
/// </summary>
public static class KeySelection
{
    public static (IAllocationKey? Key, ImmutableArray<Issue> Issues) Create(Collective collective, IReadOnlyList<Participant> consumers, KeySchedule? schedule)
    {
        var method = collective.Allocation.Method;
        switch (method)
        {
            case AllocationMethod.Prorata:
                return (new ProRataKey(), []);
            case AllocationMethod.DynamicSimple or AllocationMethod.FullDynamic when schedule is null:
                throw new ArgumentNullException(nameof(schedule), "A keys-file method needs its schedule.");
            case AllocationMethod.DynamicSimple:
                return (new DynamicSimpleKey(schedule), []);
            case AllocationMethod.FullDynamic:
                return (new FullDynamicKey(schedule), []);
            case AllocationMethod.Static:
                var units = StaticUnits(consumers);
                return KeyShares.Sum(units) <= KeyShares.Scale
                    ? (new StaticKey(units, collective.Allocation.StaticRedistribute), [])
                    : (null, [TooMuch("the consumers' static keys")]);
            default:
                return Cascade(collective.Allocation.Within == AllocationMethod.Static, consumers);
        }
    }

    /// <summary>Cascade groups in ascending priority; consumers without <c>priorityGroup</c> come last.</summary>
    public static ImmutableArray<CascadeGroup> Groups(IReadOnlyList<Participant> consumers, bool withinStatic) =>
        [.. consumers
            .Select((p, i) => (Priority: p.PriorityGroup ?? int.MaxValue, Index: i))
            .GroupBy(x => x.Priority)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var members = g.Select(x => x.Index).Order().ToArray();
                return new CascadeGroup(g.Key, members, withinStatic ? StaticUnits([.. members.Select(i => consumers[i])]) : null);
            })];

    private static (IAllocationKey? Key, ImmutableArray<Issue> Issues) Cascade(bool withinStatic, IReadOnlyList<Participant> consumers)
    {
        var groups = Groups(consumers, withinStatic);
        var bad = groups.Where(g => g.Units is { } u && KeyShares.Sum(u) > KeyShares.Scale)
            .Select(g => TooMuch($"the static keys of priority group {(g.Priority == int.MaxValue ? "(none)" : g.Priority)}"))
            .ToImmutableArray();
        return bad.IsEmpty ? (new CascadeKey(groups), []) : (null, bad);
    }

    private static long[] StaticUnits(IReadOnlyList<Participant> consumers) =>
        [.. consumers.Select(p => p.StaticKey is { } k and >= 0m and <= 1m ? KeyShares.ToUnits(k) : 0L)];

    private static Issue TooMuch(string what) =>
        new(Severity.Error, IssueCodes.CollectiveInvalid, "collective.json", 0,
            $"collective.json: {what} sum above 1; a key shares at most 100 % of the production (D315-4).")
        { Field = "participants[].staticKey" };
}

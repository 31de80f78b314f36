using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// Splits each step's production among the consumers with the collective's key, then splits
/// the allocated total back over the producers in proportion to their production (largest
/// remainder), unless the key decides per producer (<see cref="IPairKey"/>, full-dynamic).
/// Per step, exactly: Σ autoconsumed = Σ autoproduced ≤ min(Σ prod, Σ cons),
/// prod = autoprod + surplus, cons = autocons + complement, 0 ≤ autocons ≤ cons.
/// Outside a participant's membership its measure counts as neither production nor consumption
/// of the collective: it is all grid (complement or surplus).
/// Storage (D315-4): its charge curve (the storage participant's curve) is a consumer; its
/// discharge curve (<see cref="CurveSet.Discharge"/>) is a producer, reported as a second
/// entry with <see cref="ParticipantAllocation.Side"/> = production.
/// </summary>
public static class Allocator
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static AllocationResult Allocate(Collective collective, CurveSet curves, IAllocationKey key)
    {
        var period = curves.Period;
        var consumers = Consumers(curves);
        var producers = Producers(curves);
        var consumerLocal = NewGrid(consumers.Length, period.StepCount);
        var producerLocal = NewGrid(producers.Length, period.StepCount);

        var consumption = new long[consumers.Length];
        var production = new long[producers.Length];
        var allocated = new long[consumers.Length];
        var autoproduced = new long[producers.Length];
        var consumerMember = new bool[consumers.Length];
        var producerMember = new bool[producers.Length];
        var (today, known) = (default(NodaTime.LocalDate), false);
        for (var t = 0; t < period.StepCount; t++)
        {
            var day = period.LocalDateOf(t);
            if (!known || day != today)
            {
                // Membership changes by day: asked once per day, not once per step.
                (today, known) = (day, true);
                Members(consumers, day, consumerMember);
                Members(producers, day, producerMember);
            }

            Fill(consumers, t, consumerMember, consumption);
            Fill(producers, t, producerMember, production);
            AllocateStep(key, new StepShares(consumption, production, t), allocated, autoproduced);
            for (var i = 0; i < consumers.Length; i++)
            {
                consumerLocal[i][t] = allocated[i];
            }

            for (var j = 0; j < producers.Length; j++)
            {
                producerLocal[j][t] = autoproduced[j];
            }
        }

        var result = consumers.Select((c, i) => Split(c, consumerLocal[i], Direction.Consumption))
            .Concat(producers.Select((p, j) => Split(p, producerLocal[j], Direction.Production)))
            .OrderBy(a => a.Participant.Prm)
            .ThenBy(a => a.Side)
            .ToImmutableArray();
        return new AllocationResult(period, collective.Allocation.Method, result);
    }

    /// <summary>
    /// The curves the keys share production among, in PRM order whatever the input order (the
    /// largest-remainder tie-break favours the lower PRM): consumers and storage charge.
    /// </summary>
    public static MeterCurve[] Consumers(CurveSet curves) =>
        [.. curves.Curves.Where(c => c.Participant.Role != Role.Producer).OrderBy(c => c.Prm)];

    /// <summary>The production curves, in PRM order: producers and storage discharge.</summary>
    public static MeterCurve[] Producers(CurveSet curves) =>
        [.. curves.Curves.Where(c => c.Participant.Role == Role.Producer).Concat(curves.Discharge).OrderBy(c => c.Prm)];

    private static void AllocateStep(IAllocationKey key, StepShares step, Span<long> allocated, Span<long> autoproduced)
    {
        if (key is IPairKey pairKey)
        {
            pairKey.Allocate(step, allocated, autoproduced);
            return;
        }

        key.Allocate(step, allocated);
        LargestRemainder.Apportion(KeyShares.Sum(allocated), step.Production, autoproduced);
    }

    private static long[][] NewGrid(int rows, int steps)
    {
        var grid = new long[rows][];
        for (var i = 0; i < rows; i++)
        {
            grid[i] = new long[steps];
        }

        return grid;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Members(MeterCurve[] curves, NodaTime.LocalDate day, bool[] into)
    {
        for (var i = 0; i < curves.Length; i++)
        {
            into[i] = curves[i].Participant.Membership.Covers(day);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Fill(MeterCurve[] curves, int step, bool[] member, long[] into)
    {
        for (var i = 0; i < curves.Length; i++)
        {
            into[i] = member[i] ? curves[i].Values[step].MilliwattHours : 0;
        }
    }

    private static ParticipantAllocation Split(MeterCurve curve, long[] local, Direction side)
    {
        var measured = curve.Values;
        var localValues = new Energy[local.Length];
        var grid = new Energy[local.Length];
        for (var t = 0; t < local.Length; t++)
        {
            localValues[t] = new Energy(local[t]);
            grid[t] = measured[t] - localValues[t];
        }

        return new ParticipantAllocation(curve.Participant, measured, ImmutableCollectionsMarshal.AsImmutableArray(localValues), ImmutableCollectionsMarshal.AsImmutableArray(grid)) { Side = side };
    }
}

using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// Splits each step's production among the consumers with the collective's key, then splits
/// the allocated total back over the producers in proportion to their production (largest
/// remainder). Per step, exactly: Σ autoconsumed = Σ autoproduced ≤ min(Σ prod, Σ cons),
/// prod = autoprod + surplus, cons = autocons + complement, 0 ≤ autocons ≤ cons.
/// Outside a participant's membership its measure counts as neither production nor consumption
/// of the collective: it is all grid (complement or surplus).
/// </summary>
public static class Allocator
{
    public static AllocationResult Allocate(Collective collective, CurveSet curves, IAllocationKey key)
    {
        var period = curves.Period;
        var consumers = curves.Curves.Where(c => c.Participant.Role != Role.Producer).ToArray();
        var producers = curves.Curves.Where(c => c.Participant.Role == Role.Producer).ToArray();
        var consumerLocal = NewGrid(consumers.Length, period.StepCount);
        var producerLocal = NewGrid(producers.Length, period.StepCount);

        var consumption = new long[consumers.Length];
        var production = new long[producers.Length];
        var allocated = new long[consumers.Length];
        var autoproduced = new long[producers.Length];
        for (var t = 0; t < period.StepCount; t++)
        {
            var day = period.LocalDateOf(t);
            Fill(consumers, t, day, consumption);
            Fill(producers, t, day, production);
            key.Allocate(new StepShares(consumption, production, t), allocated);
            long total = 0;
            for (var i = 0; i < consumers.Length; i++)
            {
                consumerLocal[i][t] = allocated[i];
                total += allocated[i];
            }

            LargestRemainder.Apportion(total, production, autoproduced);
            for (var j = 0; j < producers.Length; j++)
            {
                producerLocal[j][t] = autoproduced[j];
            }
        }

        var result = consumers.Select((c, i) => Split(c, consumerLocal[i]))
            .Concat(producers.Select((p, j) => Split(p, producerLocal[j])))
            .OrderBy(a => a.Participant.Prm)
            .ToImmutableArray();
        return new AllocationResult(period, collective.Allocation.Method, result);
    }

    private static long[][] NewGrid(int rows, int steps) => Enumerable.Range(0, rows).Select(_ => new long[steps]).ToArray();

    private static void Fill(MeterCurve[] curves, int step, NodaTime.LocalDate day, long[] into)
    {
        for (var i = 0; i < curves.Length; i++)
        {
            into[i] = curves[i].Participant.Membership.Covers(day) ? curves[i].Values[step].MilliwattHours : 0;
        }
    }

    private static ParticipantAllocation Split(MeterCurve curve, long[] local)
    {
        var localValues = local.Select(v => new Energy(v)).ToImmutableArray();
        var grid = curve.Values.Select((m, t) => m - localValues[t]).ToImmutableArray();
        return new ParticipantAllocation(curve.Participant, curve.Values, localValues, grid);
    }
}

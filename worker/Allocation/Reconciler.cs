using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// Compares our split with the grid operator's definitive ACC split per participant, step and
/// quantity (consumption side: cons/autocons/complement = measured/local/grid; production
/// side: prod/autoprod/surplus) and reports every |difference| above the tolerance. The
/// operator prevails (L315-4, DAISEE layer 3): wherever it gave a value the billed split takes
/// it, see <see cref="Arbitrate"/>.
/// </summary>
public static class Reconciler
{
    public static ReconciliationResult Reconcile(AllocationResult ours, IEnumerable<SplitReading> split, IEnumerable<ReconciliationDifference> siteDifferences, long siteCompared, Energy tolerance, ConformityLog log)
    {
        var members = ours.Participants.Select(p => p.Participant.Prm).ToHashSet();
        var table = SplitTable.Build(split, ours.Period, members, log);
        var differences = ImmutableArray.CreateBuilder<ReconciliationDifference>();
        long applied = 0;
        long inconsistent = 0;
        // Without the operator's split there is nothing to compare or arbitrate: the billed split is ours.
        var billed = table.Count == 0 ? ours.Participants : ours.Participants.Select(p =>
        {
            var found = Compare(ours.Period, p, table, tolerance, differences);
            var arbitrated = Arbitrate(p, table, out var used, out var bad);
            applied += used;
            inconsistent += bad;
            Report(p, found, bad, log);
            return arbitrated;
        }).ToImmutableArray();
        differences.AddRange(siteDifferences);
        var sorted = differences.OrderBy(d => d.Step.Start).ThenBy(d => d.Prm).ThenBy(d => d.Quantity).ThenBy(d => d.Compared, StringComparer.Ordinal).ToImmutableArray();
        return new ReconciliationResult(tolerance, table.Count, siteCompared, applied, inconsistent, sorted, ours with { Participants = billed });
    }

    public static (SplitQuantity Measured, SplitQuantity Local, SplitQuantity Grid) Quantities(Direction side) => side == Direction.Consumption
        ? (SplitQuantity.Cons, SplitQuantity.Autocons, SplitQuantity.Complement)
        : (SplitQuantity.Prod, SplitQuantity.Autoprod, SplitQuantity.Surplus);

    private static (int Count, Energy Max) Compare(BillingPeriod period, ParticipantAllocation p, SplitTable table, Energy tolerance, ImmutableArray<ReconciliationDifference>.Builder into)
    {
        var (m, l, g) = Quantities(p.Side);
        var count = 0;
        var max = Energy.Zero;
        for (var t = 0; t < period.StepCount; t++)
        {
            foreach (var (quantity, value) in new[] { (m, p.Measured[t]), (l, p.Local[t]), (g, p.Grid[t]) })
            {
                if (table.Get(p.Participant.Prm, quantity, t) is not { } theirs)
                {
                    continue;
                }

                var gap = Math.Abs(value.MilliwattHours - theirs);
                if (gap > tolerance.MilliwattHours)
                {
                    into.Add(new ReconciliationDifference(period.StepAt(t), p.Participant.Prm, quantity, ReconciliationDifference.Engine, value, new Energy(theirs)));
                    count++;
                    max = Energy.Max(max, new Energy(gap));
                }
            }
        }

        return (count, max);
    }

    /// <summary>
    /// The billed values of one entry: local L = operator's autocons/autoprod, else its
    /// measured − grid when it gave both, else ours; measured M = operator's, else L + its grid
    /// value, else ours; grid = M − L. An operator triple that does not add up (M ≠ L + G) or
    /// a negative part is counted as an inconsistency: the operator's local and grid values are
    /// kept (a negative part clamped at 0) and M = L + G, so that measured = local + grid always holds.
    /// </summary>
    public static ParticipantAllocation Arbitrate(ParticipantAllocation p, SplitTable table, out long applied, out long inconsistent)
    {
        var (mq, lq, gq) = Quantities(p.Side);
        var measured = p.Measured.ToBuilder();
        var local = p.Local.ToBuilder();
        var grid = p.Grid.ToBuilder();
        applied = 0;
        inconsistent = 0;
        for (var t = 0; t < measured.Count; t++)
        {
            var (m, l, g) = (table.Get(p.Participant.Prm, mq, t), table.Get(p.Participant.Prm, lq, t), table.Get(p.Participant.Prm, gq, t));
            if (m is null && l is null && g is null)
            {
                continue;
            }

            applied++;
            var newLocal = l ?? (m is { } mm && g is { } gg ? mm - gg : local[t].MilliwattHours);
            var newMeasured = m ?? (g is { } g2 ? newLocal + g2 : measured[t].MilliwattHours);
            var newGrid = newMeasured - newLocal;
            if ((g is { } g3 && g3 != newGrid) || newGrid < 0 || newLocal < 0)
            {
                inconsistent++;
                newLocal = Math.Max(0, newLocal);
                newGrid = Math.Max(0, g ?? newGrid);
                newMeasured = newLocal + newGrid;
            }

            (measured[t], local[t], grid[t]) = (new Energy(newMeasured), new Energy(newLocal), new Energy(newGrid));
        }

        return p with { Measured = measured.ToImmutable(), Local = local.ToImmutable(), Grid = grid.ToImmutable() };
    }

    private static void Report(ParticipantAllocation p, (int Count, Energy Max) found, long inconsistent, ConformityLog log)
    {
        var who = $"PRM {p.Participant.Prm} ({p.Participant.Name}, {p.Side.ToString().ToLowerInvariant()})";
        if (found.Count > 0)
        {
            log.Add(new Issue(Severity.Warning, IssueCodes.ReconciliationDifference, "enedis-acc/", 0,
                $"{who}: {found.Count} value(s) of our split differ from the grid operator's by more than the tolerance (largest {found.Max}); the bill uses the grid operator's split. See reconciliation.csv.")
            { Prm = p.Participant.Prm, Field = "split" });
        }

        if (inconsistent > 0)
        {
            log.Add(new Issue(Severity.Warning, IssueCodes.SplitInconsistent, "enedis-acc/", 0,
                $"{who}: in {inconsistent} step(s) the grid operator's values do not satisfy measured = local + grid with non-negative parts; its local and grid values were kept (negative parts as 0) and measured set to their sum.")
            { Prm = p.Participant.Prm, Field = "split" });
        }
    }
}

using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// Compares the provider's own meter curves (dataset folder <c>site/</c>, any curve format)
/// with the grid operator's curves of the same PRM and direction, per step, and reports every
/// |difference| above the tolerance. The operator's curve prevails: site values are never
/// billed. Row fates: a PRM not in the collective or a step outside the month is out of
/// scope; a step off the grid or a repeated step is rejected; the rest are accepted.
/// </summary>
public static class SiteComparer
{
    public static (ImmutableArray<ReconciliationDifference> Differences, long Compared) Compare(CurveSet operatorCurves, IEnumerable<MeterReading> site, Energy tolerance, ConformityLog log)
    {
        var period = operatorCurves.Period;
        var curves = new Dictionary<(Prm, Direction), MeterCurve>();
        foreach (var c in operatorCurves.Curves)
        {
            curves[(c.Prm, c.Participant.Role == Role.Producer ? Direction.Production : Direction.Consumption)] = c;
        }

        foreach (var c in operatorCurves.Discharge)
        {
            curves[(c.Prm, Direction.Production)] = c;
        }

        var members = operatorCurves.Curves.Select(c => c.Prm).ToHashSet();
        var seen = new HashSet<(Prm, Direction, int)>();
        var differences = ImmutableArray.CreateBuilder<ReconciliationDifference>();
        long compared = 0;
        foreach (var reading in site)
        {
            var step = period.IndexOf(reading.Step.Start);
            if (!members.Contains(reading.Prm) || !period.Contains(reading.Step.Start))
            {
                log.RowOutOfScope(reading.Source);
            }
            else if (step < 0 || reading.Step.Length != period.StepLength || !curves.TryGetValue((reading.Prm, reading.Direction), out var curve) || !seen.Add((reading.Prm, reading.Direction, step)))
            {
                log.RowRejected(reading.Source, new Issue(Severity.Warning, IssueCodes.StepUnknown, reading.Source, reading.Line,
                    $"{reading.Source} line {reading.Line}: this site value (PRM {reading.Prm}, {reading.Direction.ToString().ToLowerInvariant()}, {reading.Step}) has no single counterpart in the grid operator's curves; it was not compared.")
                { Prm = reading.Prm, Step = reading.Step, Field = "Horodate" });
            }
            else
            {
                log.RowAccepted(reading.Source);
                compared++;
                var theirs = curve.Values[step];
                if (Math.Abs((reading.Energy - theirs).MilliwattHours) > tolerance.MilliwattHours)
                {
                    var quantity = reading.Direction == Direction.Consumption ? SplitQuantity.Cons : SplitQuantity.Prod;
                    differences.Add(new ReconciliationDifference(period.StepAt(step), reading.Prm, quantity, ReconciliationDifference.Site, reading.Energy, theirs));
                }
            }
        }

        Report(differences, log);
        return (differences.ToImmutable(), compared);
    }

    private static void Report(ImmutableArray<ReconciliationDifference>.Builder differences, ConformityLog log)
    {
        foreach (var group in differences.GroupBy(d => d.Prm).OrderBy(g => g.Key))
        {
            var max = group.Max(d => Math.Abs(d.Difference.MilliwattHours));
            log.Add(new Issue(Severity.Warning, IssueCodes.SiteDifference, "site/", 0,
                $"PRM {group.Key}: {group.Count()} step(s) where the provider's own meter differs from the grid operator's curve by more than the tolerance (largest {new Energy(max)}); the grid operator's measure is used. See reconciliation.csv.")
            { Prm = group.Key, Field = "site" });
        }
    }
}

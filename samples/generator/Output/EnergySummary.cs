using System.Collections.Immutable;
using System.Globalization;
using Daisee.Billing.SampleGenerator.Simulation;
using Daisee.Billing.SampleGenerator.Sites;
using NodaTime;
using NodaTime.Text;

namespace Daisee.Billing.SampleGenerator.Output;

/// <summary>
/// A plain-text sanity report of one month: kWh and peak power per participant, and the
/// collective's balance (local self-consumption = Σ over steps of min(production,
/// consumption), all meters, ignoring membership dates).
/// </summary>
public static class EnergySummary
{
    public static IEnumerable<string> Lines(
        CollectiveSpec collective, MonthWindow window, IReadOnlyDictionary<string, ImmutableArray<CurvePoint>> curves)
    {
        ArgumentNullException.ThrowIfNull(collective);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(curves);
        double hoursPerStep = window.Step.TotalHours;
        yield return "== " + YearMonthPattern.Iso.Format(window.Month) + " (" + Format(window.StepCount, "0") + " steps)";
        foreach (ParticipantSpec p in collective.Participants)
        {
            ImmutableArray<CurvePoint> points = curves[p.Prm];
            double kwh = points.Sum(x => (double)x.Watts) * hoursPerStep / 1000.0;
            long peak = points.Max(x => x.Watts);
            string specific = p.PeakKwp is decimal kwp ? "  " + Format(kwh / (double)kwp, "0.0") + " kWh/kWp" : "";
            yield return string.Create(CultureInfo.InvariantCulture,
                $"  {p.Prm} {p.Name,-34} {p.Kind,-27} {kwh,9:0.0} kWh  peak {peak / 1000.0,6:0.0} kW / {p.SubscribedKva,5:0} kVA{specific}");
        }

        foreach (string line in Balance(collective, window, curves))
        {
            yield return line;
        }
    }

    private static IEnumerable<string> Balance(
        CollectiveSpec collective, MonthWindow window, IReadOnlyDictionary<string, ImmutableArray<CurvePoint>> curves)
    {
        double[] production = Totals(collective, curves, ParticipantRole.Producer, window.StepCount);
        double[] consumption = Totals(collective, curves, ParticipantRole.Consumer, window.StepCount);
        double kwhPerWattStep = window.Step.TotalHours / 1000.0;
        double produced = production.Sum() * kwhPerWattStep;
        double consumed = consumption.Sum() * kwhPerWattStep;
        double shared = production.Zip(consumption, Math.Min).Sum() * kwhPerWattStep;
        double weekendMiddaySurplus = 0;
        for (int i = 0; i < window.StepCount; i++)
        {
            LocalDateTime local = (window.Start + (window.Step * i)).InZone(window.Zone).LocalDateTime;
            bool weekend = local.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            if (weekend && local.Hour is >= 11 and < 16)
            {
                weekendMiddaySurplus += Math.Max(0, production[i] - consumption[i]) * kwhPerWattStep;
            }
        }

        yield return string.Create(CultureInfo.InvariantCulture,
            $"  production {produced:0} kWh, consumption {consumed:0} kWh, production/consumption {100 * produced / consumed:0.0} %");
        yield return string.Create(CultureInfo.InvariantCulture,
            $"  self-consumed {shared:0} kWh = {100 * shared / consumed:0.0} % of consumption, {100 * shared / produced:0.0} % of production; surplus {produced - shared:0} kWh (weekend 11-16h: {weekendMiddaySurplus:0} kWh)");
    }

    private static double[] Totals(
        CollectiveSpec collective, IReadOnlyDictionary<string, ImmutableArray<CurvePoint>> curves, ParticipantRole role, int steps)
    {
        var totals = new double[steps];
        foreach (ParticipantSpec p in collective.Participants.Where(p => p.Role == role))
        {
            ImmutableArray<CurvePoint> points = curves[p.Prm];
            for (int i = 0; i < steps; i++)
            {
                totals[i] += points[i].Watts;
            }
        }

        return totals;
    }

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}

using System.Globalization;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Forecast.Keys;

/// <summary>
/// The per-step rules of a keys file: each PRM a consuming member of the operation on the
/// step's local day (entries and exits, <c>joined ≤ d &lt; left</c>), at most one line per
/// step and PRM, Σ ≤ 1 per step, every step of the month present, and on each present step
/// every consuming member present. Runs of consecutive missing steps are reported as one problem.
/// </summary>
public static class KeysStepCheck
{
    public static IEnumerable<KeysProblem> Check(Collective collective, BillingPeriod period, IReadOnlyList<KeyLine> lines, bool percent, string source)
    {
        var kept = new Dictionary<int, List<KeyLine>>();
        var seen = new Dictionary<(int, Prm), int>();
        foreach (var line in lines)
        {
            var problem = Membership(collective, period, line, source) ?? Duplicate(seen, period, line, source);
            if (problem is not null)
            {
                yield return problem;
                continue;
            }

            seen[(line.Step, line.Prm)] = line.Line;
            (kept.TryGetValue(line.Step, out var list) ? list : kept[line.Step] = []).Add(line);
        }

        foreach (var (step, rows) in kept.OrderBy(k => k.Key))
        {
            var sum = rows.Sum(r => r.Fraction);
            if (sum > 1m)
            {
                var shown = percent ? $"{(sum * 100m).ToString(CultureInfo.InvariantCulture)} %" : sum.ToString(CultureInfo.InvariantCulture);
                yield return new KeysProblem(rows[0].Line, percent ? "percent" : "coefficient", KeysCodes.SumAboveOne,
                    $"{source} lines {string.Join(", ", rows.Select(r => r.Line))}: the coefficients of step {Stamp(period, step)} sum to {shown}, above {(percent ? "100 %" : "1")}.")
                { Step = period.StepAt(step).Start };
            }
        }

        foreach (var run in Runs(Enumerable.Range(0, period.StepCount).Where(s => !kept.ContainsKey(s))))
        {
            yield return new KeysProblem(0, "start", KeysCodes.StepMissing, $"{source}: {Describe(period, run)} of {period.Name} missing (no line).") { Step = period.StepAt(run.First).Start };
        }

        foreach (var member in collective.Participants.Where(p => p.ConsumesFromCollective).OrderBy(p => p.Prm))
        {
            var absent = kept.Keys.Order().Where(s => member.Membership.Covers(period.LocalDateOf(s)) && !seen.ContainsKey((s, member.Prm)));
            foreach (var run in Runs(absent))
            {
                yield return new KeysProblem(0, "prm", KeysCodes.MemberMissing,
                    $"{source}: member {member.Prm} ({member.Name}) has no coefficient on {Describe(period, run)} (write 0 to give it nothing).")
                { Step = period.StepAt(run.First).Start, Prm = member.Prm };
            }
        }
    }

    private static KeysProblem? Membership(Collective collective, BillingPeriod period, KeyLine line, string source)
    {
        var participant = collective.Find(line.Prm);
        var step = period.StepAt(line.Step).Start;
        var day = period.LocalDateOf(line.Step);
        if (participant is null)
        {
            return new KeysProblem(line.Line, "prm", KeysCodes.PrmUnknown, $"{source} line {line.Line}: PRM {line.Prm} is not a participant of the operation.") { Step = step, Prm = line.Prm };
        }

        if (!participant.ConsumesFromCollective)
        {
            return new KeysProblem(line.Line, "prm", KeysCodes.PrmNotConsumer, $"{source} line {line.Line}: PRM {line.Prm} is a {participant.Role.ToString().ToLowerInvariant()}; keys go to consumers.") { Step = step, Prm = line.Prm };
        }

        return participant.Membership.Covers(day)
            ? null
            : new KeysProblem(line.Line, "prm", KeysCodes.PrmNotMember,
                $"{source} line {line.Line}: PRM {line.Prm} is not a member on {day:yyyy'-'MM'-'dd} (membership {Format(participant.Membership)}).") { Step = step, Prm = line.Prm };
    }

    private static KeysProblem? Duplicate(Dictionary<(int, Prm), int> seen, BillingPeriod period, KeyLine line, string source) =>
        seen.TryGetValue((line.Step, line.Prm), out var first)
            ? new KeysProblem(line.Line, "prm", KeysCodes.Duplicate, $"{source} line {line.Line}: PRM {line.Prm} already has a coefficient for {Stamp(period, line.Step)} (line {first}).") { Step = period.StepAt(line.Step).Start, Prm = line.Prm }
            : null;

    private static IEnumerable<(int First, int Last)> Runs(IEnumerable<int> sortedSteps)
    {
        int? first = null, last = null;
        foreach (var s in sortedSteps)
        {
            if (last is { } l && s == l + 1)
            {
                last = s;
                continue;
            }

            if (first is { } f)
            {
                yield return (f, last!.Value);
            }

            first = last = s;
        }

        if (first is { } ff)
        {
            yield return (ff, last!.Value);
        }
    }

    private static string Describe(BillingPeriod period, (int First, int Last) run) => run.First == run.Last
        ? $"step {Stamp(period, run.First)}"
        : $"{(run.Last - run.First + 1).ToString(CultureInfo.InvariantCulture)} steps {Stamp(period, run.First)} … {Stamp(period, run.Last)}";

    private static string Stamp(BillingPeriod period, int step) =>
        NodaTime.Text.InstantPattern.General.Format(period.StepAt(step).Start);

    private static string Format(Membership m) =>
        $"{m.Joined?.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture) ?? "…"} to {m.Left?.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture) ?? "…"}";
}

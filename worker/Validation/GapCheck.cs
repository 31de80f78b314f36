using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Validation;

/// <summary>
/// Closes a participant's grid into a curve. Missing steps inside the membership are never
/// filled silently: each run of missing steps is one <see cref="IssueCodes.Gap"/> issue, the
/// steps count as zero and are flagged (policy <c>zero-and-flag</c>), or the run is rejected
/// (policy <c>reject</c>). A member with no reading at all gets one <see cref="IssueCodes.CurveMissing"/>.
/// </summary>
public static class GapCheck
{
    /// <param name="days">The local day of each step of the period (<see cref="BillingPeriod.LocalDateOf"/>).</param>
    public static MeterCurve Close(CurveSlots slots, BillingPeriod period, IReadOnlyList<NodaTime.LocalDate> days, GapPolicy policy, ConformityLog log)
    {
        var member = new bool[slots.Steps];
        var membership = slots.Participant.Membership;
        for (var i = 0; i < member.Length; i++)
        {
            member[i] = membership.Covers(days[i]);
        }

        var severity = policy == GapPolicy.Reject ? Severity.Error : Severity.Warning;
        var participant = slots.Participant;
        if (!slots.AnyReading && Array.IndexOf(member, true) >= 0)
        {
            log.Add(new Issue(severity, IssueCodes.CurveMissing, CurveSource(participant), 0,
                $"No load curve for {participant.Role.ToName()} PRM {participant.Prm} ({participant.Name}) in {period.Name}; add its curve file under curves/.")
            { Prm = participant.Prm, Field = "curves" });
        }
        else
        {
            ReportGaps(slots, period, member, severity, log);
        }

        var values = ImmutableArray.CreateBuilder<Energy>(slots.Steps);
        var flagged = ImmutableArray.CreateBuilder<bool>(slots.Steps);
        for (var i = 0; i < slots.Steps; i++)
        {
            values.Add(new Energy(slots.ValueAt(i)));
            flagged.Add(slots.IsMissing(i) || slots.IsConflict(i));
        }

        return new MeterCurve(participant, values.MoveToImmutable(), flagged.MoveToImmutable());
    }

    private static void ReportGaps(CurveSlots slots, BillingPeriod period, bool[] member, Severity severity, ConformityLog log)
    {
        var i = 0;
        while (i < slots.Steps)
        {
            if (!member[i] || !slots.IsMissing(i))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < slots.Steps && member[i] && slots.IsMissing(i))
            {
                i++;
            }

            var first = period.StepAt(start);
            var p = slots.Participant;
            log.Add(new Issue(severity, IssueCodes.Gap, slots.FirstSource ?? CurveSource(p), 0,
                $"PRM {p.Prm} ({p.Name}): {i - start} missing step(s) from {first.Start} to {period.StepAt(i - 1).End}; "
                + (severity == Severity.Error ? "policy 'reject' stops the run." : "counted as zero and flagged."))
            { Prm = p.Prm, Step = first, Field = "Horodate" });
        }
    }

    /// <summary>Series issues name the curve folder of the PRM, since they come from the absence of rows.</summary>
    private static string CurveSource(Participant participant) => $"curves/*{participant.Prm}*";
}

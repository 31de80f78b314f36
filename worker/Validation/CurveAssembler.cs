using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Validation;

/// <summary>
/// Series conformity: places every reading on the period's step grid, one curve per member.
/// Decides each row's fate (accepted; rejected as impossible, a duplicate, a direction
/// mismatch or a step that cannot be placed; out of scope for an unknown PRM or a step outside
/// the month; points outside a member's membership are kept as measured and reported), aggregates finer points exactly (<see cref="FineSteps"/>), refuses coarser ones,
/// then reports gaps and missing curves under the collective's gap policy. Memory is
/// members × steps (plus the fine points actually received), whatever the input size.
/// </summary>
public static class CurveAssembler
{
    /// <summary>The members' curves for the period, and what placing the readings found (row fates per file, series issues).</summary>
    public static (CurveSet Curves, IssueSet Issues) Assemble(Collective collective, BillingPeriod period, IEnumerable<MeterReading> readings)
    {
        var log = new ConformityLog();
        var curves = Assemble(collective, period, readings, log);
        return (curves, log.ToIssueSet());
    }

    private static CurveSet Assemble(Collective collective, BillingPeriod period, IEnumerable<MeterReading> readings, ConformityLog log)
    {
        var slots = collective.Participants.ToDictionary(p => p.Prm, p => new CurveSlots(p, period.StepCount));
        var outOfScope = new OutOfScopeTally();
        var flags = new FlagTally();
        var fine = new FineSteps(period);

        // Storage (D315-4): its consumption readings are the charge curve (in Curves), its production readings the discharge curve.
        var discharge = collective.Participants.Where(p => p.Role == Role.Storage).ToDictionary(p => p.Prm, p => new CurveSlots(p, period.StepCount));
        var fineDischarge = new FineSteps(period);
        foreach (var reading in readings)
        {
            if (reading.Direction == Direction.Production && discharge.ContainsKey(reading.Prm))
            {
                Place(reading, discharge, period, log, outOfScope, fineDischarge, flags);
            }
            else
            {
                Place(reading, slots, period, log, outOfScope, fine, flags);
            }
        }

        fine.Close(slots, log);
        fineDischarge.Close(discharge, log);
        outOfScope.Report(log);
        flags.Report(log);
        var curves = slots.Values
            .OrderBy(s => s.Participant.Prm)
            .Select(s => GapCheck.Close(s, period, collective.Policies.Gaps, log))
            .ToImmutableArray();
        return new CurveSet(period, curves)
        {
            Discharge = [.. discharge.Values.OrderBy(s => s.Participant.Prm).Select(s => GapCheck.Close(s, period, collective.Policies.Gaps, log))],
        };
    }

    private static void Place(MeterReading reading, Dictionary<Prm, CurveSlots> slots, BillingPeriod period, ConformityLog log, OutOfScopeTally outOfScope, FineSteps fine, FlagTally flags)
    {
        if (!slots.TryGetValue(reading.Prm, out var slot))
        {
            outOfScope.UnknownPrm(reading);
            log.RowOutOfScope(reading.Source);
            return;
        }

        if (!period.Contains(reading.Step.Start))
        {
            outOfScope.OutsidePeriod(reading);
            log.RowOutOfScope(reading.Source);
            return;
        }

        if (Refusal(reading, slot.Participant, period) is { } issue)
        {
            slot.Seen(reading.Source);
            log.RowRejected(reading.Source, issue);
            return;
        }

        if (!slot.Participant.Membership.Covers(reading.Step.Start.InZone(period.Zone).Date))
        {
            // Kept as measured (allocation.csv shows it) but never allocated: reported, not out of scope.
            outOfScope.OutsideMembership(reading);
        }

        flags.Count(reading);
        if (reading.Step.Length != period.StepLength)
        {
            fine.Add(IndexContaining(reading, period), reading, log);
            return;
        }

        slot.Put(period.IndexOf(reading.Step.Start), reading, log);
    }

    private static int IndexContaining(MeterReading reading, BillingPeriod period) =>
        checked((int)((reading.Step.Start - period.StartInstant).BclCompatibleTicks / period.StepLength.BclCompatibleTicks));

    /// <summary>Why a reading of a member, inside the month, cannot be placed; null when it can.</summary>
    private static Issue? Refusal(MeterReading reading, Participant participant, BillingPeriod period)
    {
        Issue Warn(string code, string field, string message) =>
            new(Severity.Warning, code, reading.Source, reading.Line, $"{reading.Source} line {reading.Line}: {message}") { Field = field, Prm = reading.Prm, Step = reading.Step };

        var minutes = reading.Step.Length.TotalMinutes;
        if (reading.Step.Length > period.StepLength)
        {
            return Warn(IssueCodes.StepTooCoarse, "Pas",
                $"a {minutes}-minute point cannot be split into the collective's {period.StepMinutes}-minute steps without inventing data; re-export the curve at {period.StepMinutes} minutes or finer.");
        }

        if (reading.Step.Length < period.StepLength && !FineSteps.Divides(reading.Step.Length, period.StepLength))
        {
            return Warn(IssueCodes.StepUnknown, "Pas", $"{minutes}-minute points do not add up exactly to the collective's {period.StepMinutes}-minute steps.");
        }

        if ((reading.Step.Start - period.StartInstant).BclCompatibleTicks % reading.Step.Length.BclCompatibleTicks != 0)
        {
            return Warn(IssueCodes.TimestampMisaligned, "Horodate", $"the {minutes}-minute point at {reading.Step.Start} is not aligned on the collective's grid.");
        }

        if (!DirectionMatches(participant.Role, reading.Direction))
        {
            return Warn(IssueCodes.DirectionMismatch, "Grandeur metier",
                $"a {reading.Direction.ToString().ToLowerInvariant()} curve for PRM {reading.Prm}, which collective.json declares as {participant.Role.ToName()}.");
        }

        return participant.SubscribedKva is { } kva && reading.Energy.MilliwattHours > MaxMilliwattHours(kva, reading.Step)
            ? Warn(IssueCodes.ValueImpossible, "Valeur",
                $"{reading.Energy} in {minutes} minutes is an average of {AverageWatts(reading)} W, over the {kva.ToString(System.Globalization.CultureInfo.InvariantCulture)} kVA subscribed for PRM {reading.Prm}; the point was not used.")
            : null;
    }

    /// <summary>kVA × 1000 W (a unit power factor bounds the active power) over the step, in mWh.</summary>
    private static decimal MaxMilliwattHours(decimal kva, Step step) => kva * 1000m * (decimal)step.Length.TotalMinutes * 1000m / 60m;

    private static string AverageWatts(MeterReading reading) =>
        decimal.Round(reading.Energy.MilliwattHours * 60m / 1000m / (decimal)reading.Step.Length.TotalMinutes, 0).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool DirectionMatches(Role role, Direction direction) => role switch
    {
        Role.Consumer => direction == Direction.Consumption,
        Role.Producer => direction == Direction.Production,
        _ => true,
    };
}

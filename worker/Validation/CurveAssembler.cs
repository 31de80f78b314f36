using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Validation;

/// <summary>
/// Series conformity: places every reading on the period's step grid, one curve per member.
/// Decides each row's fate (accepted, rejected as a duplicate or a direction mismatch, out of
/// scope for an unknown PRM or a step outside the month), then reports gaps and missing curves
/// under the collective's gap policy. Memory is members × steps, whatever the input size.
/// </summary>
public static class CurveAssembler
{
    public static CurveSet Assemble(Collective collective, BillingPeriod period, IEnumerable<MeterReading> readings, ConformityLog log)
    {
        var slots = collective.Participants.ToDictionary(p => p.Prm, p => new CurveSlots(p, period.StepCount));
        var outOfScope = new OutOfScopeTally();
        foreach (var reading in readings)
        {
            Place(reading, slots, period, log, outOfScope);
        }

        outOfScope.Report(log);
        var curves = slots.Values
            .OrderBy(s => s.Participant.Prm)
            .Select(s => GapCheck.Close(s, period, collective.Policies.Gaps, log))
            .ToImmutableArray();
        return new CurveSet(period, curves);
    }

    private static void Place(MeterReading reading, Dictionary<Prm, CurveSlots> slots, BillingPeriod period, ConformityLog log, OutOfScopeTally outOfScope)
    {
        if (!slots.TryGetValue(reading.Prm, out var slot))
        {
            outOfScope.UnknownPrm(reading);
            log.RowOutOfScope(reading.Source);
            return;
        }

        var index = period.IndexOf(reading.Step.Start);
        if (index < 0 || reading.Step.Length != period.StepLength)
        {
            if (!period.Contains(reading.Step.Start))
            {
                outOfScope.OutsidePeriod(reading);
                log.RowOutOfScope(reading.Source);
                return;
            }

            log.RowRejected(reading.Source, new Issue(Severity.Warning, IssueCodes.StepUnknown, reading.Source, reading.Line,
                $"{reading.Source} line {reading.Line}: a {reading.Step.Length.TotalMinutes}-minute point cannot be placed on the collective's {period.StepMinutes}-minute grid.")
            { Field = "Horodate", Prm = reading.Prm, Step = reading.Step });
            return;
        }

        if (!DirectionMatches(slot.Participant.Role, reading.Direction))
        {
            log.RowRejected(reading.Source, new Issue(Severity.Warning, IssueCodes.DirectionMismatch, reading.Source, reading.Line,
                $"{reading.Source} line {reading.Line}: a {reading.Direction.ToString().ToLowerInvariant()} curve for PRM {reading.Prm}, which collective.json declares as {slot.Participant.Role.ToName()}.")
            { Field = "Grandeur metier", Prm = reading.Prm, Step = reading.Step });
            return;
        }

        slot.Put(index, reading, log);
    }

    private static bool DirectionMatches(Role role, Direction direction) => role switch
    {
        Role.Consumer => direction == Direction.Consumption,
        Role.Producer => direction == Direction.Production,
        _ => true,
    };
}

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
    public static (CurveSet Curves, IssueSet Issues) Assemble(Collective collective, BillingPeriod period, IEnumerable<MeterReading> readings) =>
        Assemble(collective, period, readings, []);

    /// <param name="outsideWindow">Rows Ingest counted as outside the period instead of passing them on as readings; read once <paramref name="readings"/> are consumed (streaming fills it).</param>
    public static (CurveSet Curves, IssueSet Issues) Assemble(Collective collective, BillingPeriod period, IEnumerable<MeterReading> readings, IReadOnlyList<OutOfWindowRows> outsideWindow)
    {
        var log = new ConformityLog();
        var curves = Assemble(collective, period, readings, outsideWindow, log);
        return (curves, log.ToIssueSet());
    }

    private static CurveSet Assemble(Collective collective, BillingPeriod period, IEnumerable<MeterReading> readings, IReadOnlyList<OutOfWindowRows> outsideWindow, ConformityLog log)
    {
        var slots = collective.Participants.ToDictionary(p => p.Prm, p => NewSlots(p, period));
        var place = new Placement(period, log);
        var fine = new FineSteps(period);

        // Storage (D315-4): its consumption readings are the charge curve (in Curves), its production readings the discharge curve.
        var discharge = collective.Participants.Where(p => p.Role == Role.Storage).ToDictionary(p => p.Prm, p => NewSlots(p, period));
        var fineDischarge = new FineSteps(period);
        var (members, storage) = (new SlotLookup(slots), new SlotLookup(discharge));
        foreach (var reading in readings)
        {
            if (reading.Direction == Direction.Production && discharge.Count > 0 && storage.TryGet(reading.Prm, out var storageSlot))
            {
                Place(reading, storageSlot, place, fineDischarge);
            }
            else
            {
                Place(reading, members.TryGet(reading.Prm, out var slot) ? slot : null, place, fine);
            }
        }

        foreach (var rows in outsideWindow)
        {
            place.OutOfScope.OutsideWindow(rows, slots.ContainsKey(rows.Prm));
            log.RowsOutOfScope(rows.Source, rows.Rows);
        }

        fine.Close(slots, log);
        fineDischarge.Close(discharge, log);
        place.OutOfScope.Report(log);
        place.Flags.Report(log);
        var curves = slots.Values
            .OrderBy(s => s.Participant.Prm)
            .Select(s => GapCheck.Close(s, period, place.Days, collective.Policies.Gaps, log))
            .ToImmutableArray();
        return new CurveSet(period, curves)
        {
            Discharge = [.. discharge.Values.OrderBy(s => s.Participant.Prm).Select(s => GapCheck.Close(s, period, place.Days, collective.Policies.Gaps, log))],
        };
    }

    private static CurveSlots NewSlots(Participant participant, BillingPeriod period) => new(participant, period.StepCount)
    {
        MaxMilliwattHoursPerStep = participant.SubscribedKva is { } kva ? MaxMilliwattHours(kva, period.StepAt(0)) : null,
    };

    /// <param name="slot">The reading's member's grid; null when its PRM is not a member's.</param>
    private static void Place(MeterReading reading, CurveSlots? slot, Placement place, FineSteps fine)
    {
        var (period, log) = (place.Period, place.Log);
        if (slot is null)
        {
            place.OutOfScope.UnknownPrm(reading);
            log.RowOutOfScope(reading.Source);
            return;
        }

        if (!period.Contains(reading.Step.Start))
        {
            place.OutOfScope.OutsidePeriod(reading);
            log.RowOutOfScope(reading.Source);
            return;
        }

        if (Refusal(reading, slot, period) is { } issue)
        {
            slot.Seen(reading.Source);
            log.RowRejected(reading.Source, issue);
            return;
        }

        // A reading of the period's step starts its step: that step's local day (computed once per step) is its own.
        var exact = reading.Step.Length == period.StepLength;
        var index = exact ? period.IndexOf(reading.Step.Start) : IndexContaining(reading, period);
        if (!slot.Participant.Membership.Covers(exact ? place.Days[index] : reading.Step.Start.InZone(period.Zone).Date))
        {
            // Kept as measured (allocation.csv shows it) but never allocated: reported, not out of scope.
            place.OutOfScope.OutsideMembership(reading);
        }

        place.Flags.Count(reading);
        if (!exact)
        {
            fine.Add(index, reading, log);
            return;
        }

        slot.Put(index, reading, log);
    }

    /// <summary>
    /// The grids by PRM, remembering the last one found: a file's readings share their PRM's string,
    /// so most lookups compare one reference instead of hashing the PRM.
    /// </summary>
    private sealed class SlotLookup(Dictionary<Prm, CurveSlots> slots)
    {
        private string? _lastPrm;
        private CurveSlots? _last;

        public bool TryGet(Prm prm, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CurveSlots? slot)
        {
            if (_last is not null && ReferenceEquals(prm.Value, _lastPrm))
            {
                slot = _last;
                return true;
            }

            if (!slots.TryGetValue(prm, out slot))
            {
                return false;
            }

            (_lastPrm, _last) = (prm.Value, slot);
            return true;
        }
    }

    /// <summary>What placing every reading shares: the period and its steps' local days, the stage's log and tallies.</summary>
    private sealed class Placement(BillingPeriod period, ConformityLog log)
    {
        public BillingPeriod Period { get; } = period;

        public ConformityLog Log { get; } = log;

        public NodaTime.LocalDate[] Days { get; } = [.. Enumerable.Range(0, period.StepCount).Select(period.LocalDateOf)];

        public OutOfScopeTally OutOfScope { get; } = new();

        public FlagTally Flags { get; } = new();
    }

    private static int IndexContaining(MeterReading reading, BillingPeriod period) =>
        checked((int)((reading.Step.Start - period.StartInstant).BclCompatibleTicks / period.StepLength.BclCompatibleTicks));

    /// <summary>Why a reading of a member, inside the month, cannot be placed; null when it can.</summary>
    private static Issue? Refusal(MeterReading reading, CurveSlots slot, BillingPeriod period)
    {
        var participant = slot.Participant;
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

        var max = reading.Step.Length == period.StepLength ? slot.MaxMilliwattHoursPerStep : participant.SubscribedKva is { } k ? MaxMilliwattHours(k, reading.Step) : null;
        return participant.SubscribedKva is { } kva && max is { } limit && reading.Energy.MilliwattHours > limit
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

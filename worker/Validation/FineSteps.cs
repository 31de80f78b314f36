using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Validation;

/// <summary>
/// Points finer than the collective's step (10 or 15-minute points on a 30-minute grid),
/// held until the end of the read and then aggregated exactly: a collective step is the sum of
/// its sub-points only when they cover it completely without overlap; otherwise nothing is
/// invented: its points are rejected (<see cref="IssueCodes.StepIncomplete"/>) and the step is
/// a gap. Identical repeats of a sub-point are dropped; a different value of the same sub-point
/// or an overlap is a conflict. Sparse: only fine points are held.
/// </summary>
public sealed class FineSteps(BillingPeriod period)
{
    private readonly Dictionary<(Prm Prm, int Index), SortedDictionary<Instant, MeterReading>> _byStep = [];

    public static bool Divides(Duration fine, Duration step) => fine < step && step.TotalTicks % fine.TotalTicks == 0;

    public void Add(int index, MeterReading reading, ConformityLog log)
    {
        var key = (reading.Prm, index);
        if (!_byStep.TryGetValue(key, out var parts))
        {
            parts = [];
            _byStep.Add(key, parts);
        }

        if (parts.TryGetValue(reading.Step.Start, out var first) && first.Step.Length == reading.Step.Length)
        {
            var identical = first.Energy == reading.Energy;
            log.RowRejected(reading.Source, new Issue(identical ? Severity.Info : Severity.Warning, identical ? IssueCodes.DuplicateIdentical : IssueCodes.DuplicateConflicting, reading.Source, reading.Line,
                identical
                    ? $"{reading.Source} line {reading.Line}: repeats {first.Source} line {first.Line} for PRM {reading.Prm} at {reading.Step.Start}; the copy was dropped."
                    : $"{reading.Source} line {reading.Line}: {reading.Energy} for PRM {reading.Prm} at {reading.Step.Start} conflicts with {first.Energy} at {first.Source} line {first.Line}; the first value is kept.")
            { Field = "Valeur", Prm = reading.Prm, Step = reading.Step });
            return;
        }

        if (parts.Values.Where(p => p.Step.Start < reading.Step.End && reading.Step.Start < p.Step.End).Select(p => (MeterReading?)p).FirstOrDefault() is { } overlap)
        {
            log.RowRejected(reading.Source, new Issue(Severity.Warning, IssueCodes.DuplicateConflicting, reading.Source, reading.Line,
                $"{reading.Source} line {reading.Line}: a {reading.Step.Length.TotalMinutes}-minute point for PRM {reading.Prm} at {reading.Step.Start} overlaps {overlap.Source} line {overlap.Line}; it was dropped.")
            { Field = "Horodate", Prm = reading.Prm, Step = reading.Step });
            return;
        }

        parts.Add(reading.Step.Start, reading);
    }

    /// <summary>Places every complete aggregate into the slots; rejects the points of incomplete steps.</summary>
    public void Close(IReadOnlyDictionary<Prm, CurveSlots> slots, ConformityLog log)
    {
        foreach (var ((prm, index), parts) in _byStep.OrderBy(e => e.Key.Prm).ThenBy(e => e.Key.Index))
        {
            var points = parts.Values.ToList();
            var covered = points.Aggregate(Duration.Zero, (sum, p) => sum + p.Step.Length);
            var step = period.StepAt(index);
            var first = points[0];
            if (covered != period.StepLength)
            {
                slots[prm].Seen(first.Source);
                log.RowRejected(first.Source, new Issue(Severity.Warning, IssueCodes.StepIncomplete, first.Source, first.Line,
                    $"{first.Source} line {first.Line}: PRM {prm} has {covered.TotalMinutes} of the {period.StepMinutes} minutes of the step at {step.Start} (finer points); a step is never completed by guessing, so it counts as missing.")
                { Field = "Horodate", Prm = prm, Step = step });
                points.Skip(1).ToList().ForEach(p => log.RowRejected(p.Source, null));
                continue;
            }

            var energy = points.Aggregate(Energy.Zero, (sum, p) => sum + p.Energy);
            var quality = points.Select(p => p.Quality).Aggregate(ReadingQuality.Measured, Worst);
            var aggregate = new MeterReading(prm, step, energy, first.Direction, quality, first.Source, first.Line);
            slots[prm].Put(index, aggregate, log, [.. points.Select(p => (p.Source, p.Line))]);
        }
    }

    private static ReadingQuality Worst(ReadingQuality a, ReadingQuality b) =>
        a == ReadingQuality.Estimated || b == ReadingQuality.Estimated ? ReadingQuality.Estimated
        : a == ReadingQuality.Corrected || b == ReadingQuality.Corrected ? ReadingQuality.Corrected
        : ReadingQuality.Measured;
}

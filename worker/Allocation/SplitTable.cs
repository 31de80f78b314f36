using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// The grid operator's split placed on the period's steps, per PRM and quantity, in mWh.
/// Values on a finer step (15 min in a 30-min collective) are summed into the collective's
/// step; a coarser or misaligned step cannot be placed. The reader (<c>Ingest.AccSplitReader</c>)
/// accounts for the rows; here each value that is not used is reported: a PRM outside the
/// collective or a step outside the month (one issue per file and cause), a step off the grid,
/// a repeated value (the first is kept).
/// </summary>
public sealed class SplitTable
{
    private readonly Dictionary<(Prm Prm, SplitQuantity Quantity), long?[]> _values = [];
    private readonly HashSet<(Prm, SplitQuantity, NodaTime.Instant)> _seen = [];
    private readonly BillingPeriod _period;

    private SplitTable(BillingPeriod period) => _period = period;

    public long Count { get; private set; }

    public long? Get(Prm prm, SplitQuantity quantity, int step) =>
        _values.TryGetValue((prm, quantity), out var values) ? values[step] : null;

    public static SplitTable Build(IEnumerable<SplitReading> readings, BillingPeriod period, ISet<Prm> members, ConformityLog log)
    {
        var table = new SplitTable(period);
        var unused = new SortedDictionary<(string Source, string Code), (int Line, long Count)>();
        foreach (var reading in readings)
        {
            if (!members.Contains(reading.Prm) || !period.Contains(reading.Step.Start))
            {
                var key = (reading.Source, members.Contains(reading.Prm) ? IssueCodes.OutsidePeriod : IssueCodes.PrmUnknown);
                unused[key] = unused.TryGetValue(key, out var seen) ? (seen.Line, seen.Count + 1) : (reading.Line, 1);
                continue;
            }

            table.Place(reading, log);
        }

        foreach (var ((source, code), (line, count)) in unused)
        {
            log.Add(new Issue(code == IssueCodes.PrmUnknown ? Severity.Warning : Severity.Info, code, source, line,
                $"{source} line {line}: {count} value(s) of the grid operator's split {(code == IssueCodes.PrmUnknown ? "for PRMs outside the collective" : "outside the billed month")} were not compared.")
            { Field = code == IssueCodes.PrmUnknown ? "prm" : "start" });
        }

        return table;
    }

    private void Place(SplitReading reading, ConformityLog log)
    {
        var step = StepOf(reading.Step);
        if (step < 0)
        {
            Reject(reading, log, IssueCodes.StepUnknown,
                $"a {reading.Step.Length.TotalMinutes}-minute value at {reading.Step.Start} cannot be placed on the collective's {_period.StepMinutes}-minute grid");
            return;
        }

        if (!_seen.Add((reading.Prm, reading.Quantity, reading.Step.Start)))
        {
            Reject(reading, log, IssueCodes.DuplicateConflicting, $"a second {ReconciliationDifference.QuantityName(reading.Quantity)} value for PRM {reading.Prm} at {reading.Step.Start}; the first is kept");
            return;
        }

        var key = (reading.Prm, reading.Quantity);
        var values = _values.TryGetValue(key, out var found) ? found : _values[key] = new long?[_period.StepCount];
        values[step] = checked((values[step] ?? 0) + reading.Energy.MilliwattHours);
        Count++;
    }

    private int StepOf(Step step)
    {
        var length = _period.StepLength.TotalTicks;
        var own = step.Length.TotalTicks;
        if (own <= 0 || own > length || length % own != 0)
        {
            return -1;
        }

        var offset = (step.Start - _period.StartInstant).TotalTicks;
        return offset % own == 0 ? checked((int)(offset / length)) : -1;
    }

    private static void Reject(SplitReading reading, ConformityLog log, string code, string why) =>
        log.Add(new Issue(Severity.Warning, code, reading.Source, reading.Line, $"{reading.Source} line {reading.Line}: {why}; the value was not compared.")
        { Prm = reading.Prm, Step = reading.Step, Field = ReconciliationDifference.QuantityName(reading.Quantity) });
}

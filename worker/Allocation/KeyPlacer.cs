using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Allocation;

/// <summary>Places keys-file rows on the step grid for <see cref="KeySchedule"/>, deciding each row's fate.</summary>
public sealed class KeyPlacer(BillingPeriod period, IReadOnlyList<Prm> consumers, IReadOnlyList<Prm> producers, bool pairs, ConformityLog log)
{
    private readonly Dictionary<Prm, int> _consumers = Index(consumers);
    private readonly Dictionary<Prm, int> _producers = Index(producers);
    private readonly Dictionary<int, Dictionary<(int Producer, int Consumer), KeyCoefficient>> _steps = [];
    private readonly SortedDictionary<(string Source, string Code), (int FirstLine, long Count, string Detail)> _outOfScope = [];

    public string? Source { get; private set; }

    public void Place(KeyCoefficient row)
    {
        Source ??= row.Source;
        var step = period.IndexOf(row.Start);
        if (step < 0)
        {
            if (period.Contains(row.Start))
            {
                Reject(row, IssueCodes.TimestampMisaligned, "start", $"{row.Start} is not the start of a {period.StepMinutes}-minute step");
            }
            else
            {
                OutOfScope(row, IssueCodes.OutsidePeriod, $"start outside {period.Name}");
            }

            return;
        }

        if (!TryIndexes(row, out var producer, out var consumer))
        {
            return;
        }

        var cells = _steps.TryGetValue(step, out var found) ? found : _steps[step] = [];
        if (!cells.TryAdd((producer, consumer), row))
        {
            var first = cells[(producer, consumer)];
            var same = first.Coefficient == row.Coefficient;
            log.RowRejected(row.Source, new Issue(same ? Severity.Info : Severity.Warning, same ? IssueCodes.DuplicateIdentical : IssueCodes.DuplicateConflicting, row.Source, row.Line,
                $"{row.Source} line {row.Line}: a second coefficient for {Pair(row)} at {row.Start} (first at line {first.Line}); the first is kept.")
            { Field = "coefficient", Prm = row.Consumer });
        }
    }

    /// <summary>Counts the fate of the placed rows and returns the valid steps' units.</summary>
    public Dictionary<int, long[][]> Close()
    {
        foreach (var ((source, code), (line, count, detail)) in _outOfScope)
        {
            log.Add(new Issue(code == IssueCodes.PrmUnknown ? Severity.Warning : Severity.Info, code, source, line,
                $"{source} line {line}: {count} row(s) not used ({detail}).") { Field = code == IssueCodes.PrmUnknown ? "prm" : "start" });
        }

        var result = new Dictionary<int, long[][]>();
        foreach (var (step, cells) in _steps.OrderBy(s => s.Key))
        {
            var units = ToUnits(cells);
            if (units.All(u => KeyShares.Sum(u) <= KeyShares.Scale))
            {
                result.Add(step, units);
                foreach (var row in cells.Values)
                {
                    log.RowAccepted(row.Source);
                }

                continue;
            }

            var rows = cells.Values.OrderBy(r => r.Line).ToList();
            for (var i = 0; i < rows.Count; i++)
            {
                log.RowRejected(rows[i].Source, i > 0 ? null : new Issue(Severity.Warning, IssueCodes.KeysSumExceeded, rows[i].Source, rows[i].Line,
                    $"{rows[i].Source}: the coefficients of step {rows[i].Start} sum above 1{(pairs ? " for a producer" : string.Empty)} ({rows.Count} row(s) from line {rows[i].Line} rejected); the step is allocated pro-rata.")
                { Field = "coefficient" });
            }
        }

        return result;
    }

    private long[][] ToUnits(Dictionary<(int Producer, int Consumer), KeyCoefficient> cells)
    {
        var units = Enumerable.Range(0, pairs ? _producers.Count : 1).Select(_ => new long[_consumers.Count]).ToArray();
        foreach (var ((producer, consumer), row) in cells)
        {
            units[producer][consumer] = KeyShares.ToUnits(row.Coefficient);
        }

        return units;
    }

    private bool TryIndexes(KeyCoefficient row, out int producer, out int consumer)
    {
        producer = 0;
        if (!_consumers.TryGetValue(row.Consumer, out consumer))
        {
            return Misplaced(row, row.Consumer, "consumer", _producers.ContainsKey(row.Consumer));
        }

        if (!pairs)
        {
            return true;
        }

        if (row.Producer is not { } p || !_producers.TryGetValue(p, out producer))
        {
            return Misplaced(row, row.Producer, "producer", row.Producer is { } q && _consumers.ContainsKey(q));
        }

        return true;
    }

    private bool Misplaced(KeyCoefficient row, Prm? prm, string field, bool otherRole)
    {
        if (otherRole)
        {
            Reject(row, IssueCodes.KeyRoleMismatch, field, $"PRM {prm} is not a {field} of the collective");
        }
        else
        {
            OutOfScope(row, IssueCodes.PrmUnknown, $"PRM {prm} is not a member of the collective");
        }

        return false;
    }

    private void Reject(KeyCoefficient row, string code, string field, string why) =>
        log.RowRejected(row.Source, new Issue(Severity.Warning, code, row.Source, row.Line, $"{row.Source} line {row.Line}: {why}; the row was not used.")
        { Field = field, Prm = row.Consumer });

    private void OutOfScope(KeyCoefficient row, string code, string detail)
    {
        log.RowOutOfScope(row.Source);
        var key = (row.Source, code);
        _outOfScope[key] = _outOfScope.TryGetValue(key, out var seen) ? (seen.FirstLine, seen.Count + 1, seen.Detail) : (row.Line, 1, detail);
    }

    private string Pair(KeyCoefficient row) => pairs ? $"producer {row.Producer} × consumer {row.Consumer}" : $"consumer {row.Consumer}";

    private static Dictionary<Prm, int> Index(IReadOnlyList<Prm> prms) =>
        prms.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
}

using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Validation;

/// <summary>
/// Counts rows that are valid but not for this bill (a PRM outside the collective, a step
/// outside the month; and a member's rows outside its membership, which stay measured) and reports one issue per file and cause, naming the first line and the count.
/// </summary>
public sealed class OutOfScopeTally
{
    /// <summary>Distinct PRMs reported per file and cause; rows of further PRMs are counted in one line.</summary>
    public const int MaxPrmsPerFile = 100;

    private readonly SortedDictionary<(string Source, string Code, string Prm), Rows> _tally = new();
    private readonly SortedDictionary<(string Source, string Code), (int Prms, long OtherRows)> _perFile = new();

    /// <summary>The key counted last and its rows: a file's out-of-scope rows come in runs of one PRM, counted without a look-up.</summary>
    private (string Source, string Code, Prm Prm) _last;
    private Rows? _lastRows;

    public void UnknownPrm(MeterReading reading) => Count(reading, IssueCodes.PrmUnknown);

    public void OutsidePeriod(MeterReading reading) => Count(reading, IssueCodes.OutsidePeriod);

    public void OutsideMembership(MeterReading reading) => Count(reading, IssueCodes.OutsideMembership);

    /// <summary>Rows counted at ingest as outside the period: of a member, outside the period; else of an unknown PRM.</summary>
    public void OutsideWindow(OutOfWindowRows rows, bool member) =>
        Count(rows.Source, member ? IssueCodes.OutsidePeriod : IssueCodes.PrmUnknown, rows.Prm, rows.FirstLine, rows.Rows);

    public void Report(ConformityLog log)
    {
        foreach (var ((source, code), (_, otherRows)) in _perFile.Where(f => f.Value.OtherRows > 0))
        {
            log.Add(new Issue(Severity.Warning, IssueCodes.IssuesTruncated, source, 0,
                $"{source}: and {otherRows} more {code} row(s) of PRMs beyond the first {MaxPrmsPerFile}, not listed one by one; not used.") { Field = code });
        }

        foreach (var ((source, code, prm), (firstLine, count)) in _tally.Select(t => (t.Key, (t.Value.FirstLine, t.Value.Count))))
        {
            var message = code == IssueCodes.PrmUnknown
                ? $"{source} line {firstLine}: PRM {prm} is not a member of the collective; {count} row(s) counted and not used."
                : code == IssueCodes.OutsideMembership
                ? $"{source} line {firstLine}: {count} row(s) of PRM {prm} fall on days it is not a member (joined/left in collective.json): shown as measured, never allocated."
                : $"{source} line {firstLine}: {count} row(s) of PRM {prm} fall outside the billed month and were not used.";
            log.Add(new Issue(code == IssueCodes.PrmUnknown ? Severity.Warning : Severity.Info, code, source, firstLine, message)
            {
                Field = code == IssueCodes.PrmUnknown ? "Identifiant PRM" : "Horodate",
                Prm = Prm.Parse(prm),
            });
        }
    }

    private void Count(MeterReading reading, string code)
    {
        if (_lastRows is not null && ReferenceEquals(_last.Source, reading.Source) && ReferenceEquals(_last.Code, code) && _last.Prm == reading.Prm)
        {
            _lastRows.Count++;
            return;
        }

        Count(reading.Source, code, reading.Prm, reading.Line, 1);
    }

    /// <summary>Counts <paramref name="rows"/> rows of one file, cause and PRM, the first of them at <paramref name="line"/> (the first line kept is the lowest seen).</summary>
    private void Count(string source, string code, Prm prm, int line, long rows)
    {
        var key = (source, code, prm.Value);
        var file = (source, code);
        var (prms, otherRows) = _perFile.GetValueOrDefault(file);
        if (!_tally.ContainsKey(key))
        {
            if (prms >= MaxPrmsPerFile)
            {
                _perFile[file] = (prms, otherRows + rows);
                return;
            }

            _perFile[file] = (prms + 1, otherRows);
        }

        if (_tally.TryGetValue(key, out var seen))
        {
            seen.Count += rows;
            seen.FirstLine = Math.Min(seen.FirstLine, line);
        }
        else
        {
            _tally[key] = seen = new Rows(line) { Count = rows };
        }

        (_last, _lastRows) = ((source, code, prm), seen);
    }

    /// <summary>The first line and the number of rows of one file, cause and PRM.</summary>
    private sealed class Rows(int firstLine)
    {
        public int FirstLine { get; set; } = firstLine;

        public long Count { get; set; } = 1;
    }
}

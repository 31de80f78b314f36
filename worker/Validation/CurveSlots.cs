using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Validation;

/// <summary>The mutable step grid of one participant while readings arrive; closed into an immutable <see cref="MeterCurve"/>.</summary>
public sealed class CurveSlots(Participant participant, int steps)
{
    private const byte Empty = 0;
    private const byte Filled = 1;
    private const byte Conflict = 2;

    private readonly long[] _values = new long[steps];
    private readonly byte[] _state = new byte[steps];
    private readonly byte[] _quality = new byte[steps];
    private readonly (string Source, int Line)[] _origin = new (string, int)[steps];
    private readonly Dictionary<int, IReadOnlyList<(string Source, int Line)>> _composite = [];

    public Participant Participant { get; } = participant;

    /// <summary>
    /// The most a reading of the period's step may hold for this participant: its subscribed kVA ×
    /// 1000 W (a unit power factor bounds the active power) over the step, in mWh; null when no kVA is known.
    /// </summary>
    public decimal? MaxMilliwattHoursPerStep { get; init; }

    public int Steps => _values.Length;

    public bool AnyReading => FirstSource is not null;

    /// <summary>The file the first reading came from: series issues (gaps) point at it.</summary>
    public string? FirstSource { get; private set; }

    public bool IsMissing(int index) => _state[index] == Empty;

    public bool IsConflict(int index) => _state[index] == Conflict;

    public long ValueAt(int index) => _values[index];

    /// <summary>Notes that a reading of this participant was seen (for series issues) without placing it.</summary>
    public void Seen(string source) => FirstSource ??= source;

    /// <summary>
    /// First reading wins, unless the grid operator's flags rank the newcomer higher
    /// (corrected &gt; measured &gt; estimated): then it replaces the first one. An identical repeat
    /// is dropped and reported once; a different value of the same rank is reported with both
    /// lines and the step is flagged (its first value kept). <paramref name="parts"/> lists the
    /// rows an aggregated reading was made of (all share its fate); default: the reading's own row.
    /// </summary>
    public void Put(int index, MeterReading reading, ConformityLog log, IReadOnlyList<(string Source, int Line)>? parts = null)
    {
        FirstSource ??= reading.Source;
        if (_state[index] == Empty && parts is null)
        {
            // The common case, one row into an empty step: nothing to list.
            _values[index] = reading.Energy.MilliwattHours;
            _state[index] = Filled;
            _quality[index] = Rank(reading.Quality);
            _origin[index] = (reading.Source, reading.Line);
            log.RowAccepted(reading.Source);
            return;
        }

        parts ??= [(reading.Source, reading.Line)];
        if (_state[index] == Empty)
        {
            Store(index, reading, parts);
            parts.ToList().ForEach(p => log.RowAccepted(p.Source));
            return;
        }

        var (firstSource, firstLine) = _origin[index];
        var identical = _values[index] == reading.Energy.MilliwattHours;
        var rank = Rank(reading.Quality);
        if (!identical && rank != _quality[index])
        {
            Decide(index, reading, parts, log, rank > _quality[index]);
            return;
        }

        var message = identical
            ? $"{reading.Source} line {reading.Line}: repeats {firstSource} line {firstLine} for PRM {reading.Prm} at {reading.Step.Start}; the copy was dropped."
            : $"{reading.Source} line {reading.Line}: {reading.Energy} for PRM {reading.Prm} at {reading.Step.Start} conflicts with {new Energy(_values[index])} at {firstSource} line {firstLine}; the first value is kept and the step is flagged.";
        if (!identical)
        {
            _state[index] = Conflict;
        }

        Reject(parts, log, new Issue(
            identical ? Severity.Info : Severity.Warning,
            identical ? IssueCodes.DuplicateIdentical : IssueCodes.DuplicateConflicting,
            reading.Source,
            reading.Line,
            message)
        { Field = "Valeur", Prm = reading.Prm, Step = reading.Step });
    }

    private void Decide(int index, MeterReading reading, IReadOnlyList<(string Source, int Line)> parts, ConformityLog log, bool newcomerWins)
    {
        var (firstSource, firstLine) = _origin[index];
        var old = new Energy(_values[index]);
        var kept = newcomerWins ? $"{reading.Energy} ({Name(Rank(reading.Quality))}) at {reading.Source} line {reading.Line}" : $"{old} ({Name(_quality[index])}) at {firstSource} line {firstLine}";
        var dropped = newcomerWins ? $"{old} ({Name(_quality[index])}) at {firstSource} line {firstLine}" : $"{reading.Energy} ({Name(Rank(reading.Quality))}) at {reading.Source} line {reading.Line}";
        var issue = new Issue(Severity.Info, IssueCodes.DuplicateConflicting, reading.Source, reading.Line,
            $"{reading.Source} line {reading.Line}: two values for PRM {reading.Prm} at {reading.Step.Start}; the grid operator's flag decides: kept {kept}, dropped {dropped}.")
        { Field = "Nature", Prm = reading.Prm, Step = reading.Step };
        if (!newcomerWins)
        {
            Reject(parts, log, issue);
            return;
        }

        var oldParts = _composite.TryGetValue(index, out var composite) ? composite : [(firstSource, firstLine)];
        foreach (var p in oldParts)
        {
            log.RowAcceptedThenRejected(p.Source);
        }

        log.Add(issue);
        Store(index, reading, parts);
        parts.ToList().ForEach(p => log.RowAccepted(p.Source));
    }

    private void Store(int index, MeterReading reading, IReadOnlyList<(string Source, int Line)> parts)
    {
        _values[index] = reading.Energy.MilliwattHours;
        _state[index] = Filled;
        _quality[index] = Rank(reading.Quality);
        _origin[index] = (reading.Source, reading.Line);
        if (parts.Count > 1)
        {
            _composite[index] = parts;
        }
        else
        {
            _composite.Remove(index);
        }
    }

    private static void Reject(IReadOnlyList<(string Source, int Line)> parts, ConformityLog log, Issue issue)
    {
        log.RowRejected(parts[0].Source, issue);
        foreach (var p in parts.Skip(1))
        {
            log.RowRejected(p.Source, null);
        }
    }

    private static byte Rank(ReadingQuality quality) => quality switch
    {
        ReadingQuality.Estimated => 1,
        ReadingQuality.Measured => 2,
        _ => 3,
    };

    private static string Name(byte rank) => rank switch { 1 => "estimated", 2 => "measured", _ => "corrected" };
}

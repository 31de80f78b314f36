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
    private readonly (string Source, int Line)[] _origin = new (string, int)[steps];

    public Participant Participant { get; } = participant;

    public int Steps => _values.Length;

    public bool AnyReading => FirstSource is not null;

    /// <summary>The file the first reading came from: series issues (gaps) point at it.</summary>
    public string? FirstSource { get; private set; }

    public bool IsMissing(int index) => _state[index] == Empty;

    public bool IsConflict(int index) => _state[index] == Conflict;

    public long ValueAt(int index) => _values[index];

    /// <summary>
    /// First reading wins. An identical repeat is dropped and reported once; a different value
    /// for the same step is reported with both lines and the step is flagged (its first value kept).
    /// </summary>
    public void Put(int index, MeterReading reading, ConformityLog log)
    {
        FirstSource ??= reading.Source;
        if (_state[index] == Empty)
        {
            _values[index] = reading.Energy.MilliwattHours;
            _state[index] = Filled;
            _origin[index] = (reading.Source, reading.Line);
            log.RowAccepted(reading.Source);
            return;
        }

        var (firstSource, firstLine) = _origin[index];
        var identical = _values[index] == reading.Energy.MilliwattHours;
        var message = identical
            ? $"{reading.Source} line {reading.Line}: repeats {firstSource} line {firstLine} for PRM {reading.Prm} at {reading.Step.Start}; the copy was dropped."
            : $"{reading.Source} line {reading.Line}: {reading.Energy} for PRM {reading.Prm} at {reading.Step.Start} conflicts with {new Energy(_values[index])} at {firstSource} line {firstLine}; the first value is kept and the step is flagged.";
        if (!identical)
        {
            _state[index] = Conflict;
        }

        log.RowRejected(reading.Source, new Issue(
            identical ? Severity.Info : Severity.Warning,
            identical ? IssueCodes.DuplicateIdentical : IssueCodes.DuplicateConflicting,
            reading.Source,
            reading.Line,
            message)
        { Field = "Valeur", Prm = reading.Prm, Step = reading.Step });
    }
}

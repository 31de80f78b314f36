using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// The body rows (line 4 on) of a file <see cref="PortalFastPath"/> reads, as <see cref="EndStampedBody"/>
/// reads them: one row of look-ahead for the step (<see cref="StepInference"/>), each row counted as
/// read; a row outside the window is out of scope whatever its value. <see cref="TryRead"/> stops
/// with false at the first row the general path would read any other way.
/// </summary>
internal sealed class PortalFastBody(string source, EndStampedBody.Meta meta, CurveReadContext context, bool countOutside, int capacity, MeterReading[]? reuse)
{
    /// <summary>
    /// The readings, in <paramref name="reuse"/> when it holds as many as the file has lines, else in an
    /// array made at the first reading (a file wholly outside the window makes none).
    /// </summary>
    private MeterReading[]? _readings = reuse?.Length >= capacity ? reuse : null;
    private int _count;

    public long Read { get; private set; }

    public long OutsideRows { get; private set; }

    public int OutsideFirstLine { get; private set; }

    /// <summary>The readings in file order, in the array given to reuse when it was large enough.</summary>
    public ArraySegment<MeterReading> Readings() => _readings is null ? ArraySegment<MeterReading>.Empty : new(_readings, 0, _count);

    public bool TryRead(ref PortalFastPath.LineCursor lines, byte separator)
    {
        var maxDigits = meta.Unit == PointUnit.Kilowatts ? 6 : 9;
        var inference = new StepInference(meta.DeclaredStep, context.Step);
        var stamps = new StampRun();
        (Instant End, long Watts, int Line) pending = default;
        var hasPending = false;
        while (lines.Next(out var row))
        {
            if (row.Length == 0)
            {
                continue;
            }

            var cut = row.IndexOf(separator);
            if (cut is not (20 or 25) || row[(cut + 1)..].Contains(separator)
                || !EndStampedBody.TryDigits(row[(cut + 1)..], maxDigits, out var watts) || stamps.Next(row[..cut]) is not { } end)
            {
                return false;
            }

            if (hasPending && !TryEmit(pending, inference.Next(pending.End, end)))
            {
                return false;
            }

            (pending, hasPending) = ((end, watts, lines.Line), true);
        }

        return !hasPending || TryEmit(pending, inference.Next(pending.End, null));
    }

    private bool TryEmit((Instant End, long Watts, int Line) row, Duration length)
    {
        Read++;
        var step = new Step(row.End - length, length);
        if (!IsAligned(step))
        {
            return false;
        }

        if (context.OutsideWindow(step.Start))
        {
            if (countOutside)
            {
                OutsideFirstLine = OutsideRows == 0 ? row.Line : OutsideFirstLine;
                OutsideRows++;
            }
            else
            {
                Add(new MeterReading(meta.Prm, step, Energy.Zero, meta.Direction, ReadingQuality.Measured, source, row.Line));
            }

            return true;
        }

        if (!EndStampedBody.TryMilliwattHours(row.Watts, meta.Unit, length, out var milliwattHours))
        {
            return false;
        }

        Add(new MeterReading(meta.Prm, step, new Energy(milliwattHours), meta.Direction, ReadingQuality.Measured, source, row.Line));
        return true;
    }

    /// <summary>
    /// <see cref="CurvePoint.IsAligned"/> on integers: the stamps read here are whole seconds and the
    /// steps whole minutes, so both are whole ticks, exact in the double that method divides by.
    /// </summary>
    private static bool IsAligned(Step step) => step.Start.ToUnixTimeTicks() % step.Length.BclCompatibleTicks == 0;

    private void Add(MeterReading reading) => (_readings ??= new MeterReading[capacity])[_count++] = reading;

    /// <summary>
    /// End stamps read in file order: a stamp with the date and offset of the previous one (read as a
    /// common shape) costs its clock only (its date and offset are compared as bytes, never parsed);
    /// any other is read whole by <see cref="IsoStamp"/>: one full parse per day and offset, inside the
    /// window or not.
    /// </summary>
    private sealed class StampRun
    {
        private readonly byte[] _previous = new byte[25];
        private int _length;
        private int _seconds;
        private Instant _end;

        public Instant? Next(ReadOnlySpan<byte> stamp)
        {
            var previous = _previous.AsSpan(0, _length);
            if (_length == stamp.Length && stamp[..11].SequenceEqual(previous[..11]) && stamp[19..].SequenceEqual(previous[19..])
                && IsoStamp.TryTimeOfDay(stamp[11..19], out var seconds))
            {
                _end += Duration.FromSeconds(seconds - _seconds);
                _seconds = seconds;
                stamp.CopyTo(_previous);
                return _end;
            }

            if (IsoStamp.TryParseCommon(stamp, out var end) && IsoStamp.TryTimeOfDay(stamp[11..19], out seconds))
            {
                (_end, _seconds, _length) = (end, seconds, stamp.Length);
                stamp.CopyTo(_previous);
                return end;
            }

            _length = 0;
            return IsoStamp.ParseInstant(stamp);
        }
    }
}

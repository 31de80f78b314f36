using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// The body shared by portal layouts A and B: <c>stamp;value</c> rows where the stamp is the
/// END of the interval, ISO-8601 with its UTC offset (which resolves DST days by itself), and
/// the step of each row is inferred by <see cref="StepInference"/>.
/// The common row (a stamp of the usual shape, a value of plain digits) is read from the CSV
/// reader's bytes without making strings; any other row goes through <see cref="CurvePoint"/>
/// with its text, so both give the same reading or the same issue.
/// </summary>
public static class EndStampedBody
{
    /// <summary>What the preamble said: meter, direction, unit, declared step (if any), and the names of the two columns.</summary>
    public sealed record Meta(Prm Prm, Direction Direction, PointUnit Unit, Duration? DeclaredStep, string StampField, string ValueField);

    public static IEnumerable<MeterReading> Read(DelimitedRows rows, string source, Meta meta, CurveReadContext context, ConformityLog log)
    {
        var inference = new StepInference(meta.DeclaredStep, context.Step);
        var pending = new BodyRow();
        var next = new BodyRow();
        var hasPending = false;
        var maxDigits = meta.Unit switch { PointUnit.Watts => 9, PointUnit.Kilowatts => 6, _ => 0 };

        // Every row given a fate below is counted as read, in one go when the file is done.
        long read = 0;
        try
        {
            while (rows.MoveNext())
            {
                if (rows.IsBlank())
                {
                    continue;
                }

                next.Take(rows, maxDigits);
                if (hasPending)
                {
                    read++;
                    if (Emit(pending, inference.Next(pending.End, next.End), source, meta, context, log) is { } reading)
                    {
                        yield return reading;
                    }
                }

                (pending, next) = (next, pending);
                hasPending = true;
            }

            if (hasPending)
            {
                read++;
                if (Emit(pending, inference.Next(pending.End, null), source, meta, context, log) is { } last)
                {
                    yield return last;
                }
            }
        }
        finally
        {
            log.RowsRead(source, read);
        }
    }

    private static MeterReading? Emit(BodyRow row, Duration length, string source, Meta meta, CurveReadContext context, ConformityLog log)
    {
        if (row.Fields is not null)
        {
            return ReadRow(row.Line, row.Fields, row.End, length, source, meta, context, log);
        }

        var step = new Step(row.End!.Value - length, length);
        var aligned = CurvePoint.IsAligned(step);
        if (aligned && context.OutsideWindow(step.Start))
        {
            // Out of the billed month: out of scope whatever its value (as CurvePoint.Read passes it on).
            return new MeterReading(meta.Prm, step, Energy.Zero, meta.Direction, ReadingQuality.Measured, source, row.Line);
        }

        if (!aligned || !TryMilliwattHours(row.Watts, meta.Unit, length, out var milliwattHours))
        {
            // The rare cases keep the one shared path.
            return CurvePoint.Read(Input(row.Line, row.StampText(), row.Watts.ToString(System.Globalization.CultureInfo.InvariantCulture), source, meta) with { Step = step }, log, context);
        }

        return new MeterReading(meta.Prm, step, new Energy(milliwattHours), meta.Direction, ReadingQuality.Measured, source, row.Line);
    }

    /// <summary>
    /// An integer number of W (or kW) over a 10, 15, 30 or 60-minute step, exactly as
    /// <see cref="PowerToEnergy"/> computes it: W × minutes × 1000 / 60 mWh, rounded half away from zero.
    /// </summary>
    internal static bool TryMilliwattHours(long value, PointUnit unit, Duration length, out long milliwattHours)
    {
        milliwattHours = 0;
        var minutes = length.TotalMinutes;
        if (minutes is not (10 or 15 or 30 or 60))
        {
            return false;
        }

        var watts = unit == PointUnit.Kilowatts ? value * 1000 : value;
        var product = watts * (long)minutes * 1000;
        milliwattHours = (product / 60) + (product % 60 >= 30 ? 1 : 0);
        return true;
    }

    private static MeterReading? ReadRow(int line, string[] fields, Instant? end, Duration length, string source, Meta meta, CurveReadContext context, ConformityLog log)
    {
        var input = Input(line, fields[0].Trim(), fields.Length > 1 ? fields[1] : string.Empty, source, meta);
        if (fields.Length < 2)
        {
            return CurvePoint.Reject(input, log, IssueCodes.LineUnparseable, meta.ValueField,
                $"expected '{meta.StampField};{meta.ValueField}', found '{string.Join(';', fields)}'.");
        }

        if (end is null)
        {
            return CurvePoint.Reject(input, log, IssueCodes.TimestampInvalid, meta.StampField,
                $"{meta.StampField} '{TextBound.Quote(input.StampText)}' is not an ISO-8601 time with offset (e.g. 2026-06-01T00:30:00+02:00).");
        }

        return CurvePoint.Read(input with { Step = new Step(end.Value - length, length) }, log, context);
    }

    private static PointInput Input(int line, string stampText, string valueText, string source, Meta meta) =>
        new(source, line, meta.Prm, meta.Direction, default, valueText, meta.Unit)
        {
            StampField = meta.StampField,
            ValueField = meta.ValueField,
            StampText = stampText,
        };

    /// <summary>The digits rule of a common row's value (here and in <see cref="PortalFastPath"/>): 1 to <paramref name="maxDigits"/> ASCII digits, nothing else.</summary>
    internal static bool TryDigits(ReadOnlySpan<byte> text, int maxDigits, out long value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > maxDigits)
        {
            return false;
        }

        foreach (var b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    /// <summary>
    /// One body row held while the next one is read (the step needs one row of look-ahead): the
    /// common shape as its end instant, stamp bytes and integer value; any other row as its fields.
    /// </summary>
    private sealed class BodyRow
    {
        private readonly byte[] _stamp = new byte[32];
        private int _stampLength;

        public int Line { get; private set; }

        public Instant? End { get; private set; }

        public long Watts { get; private set; }

        public string[]? Fields { get; private set; }

        public string StampText() => System.Text.Encoding.UTF8.GetString(_stamp, 0, _stampLength).Trim();

        public void Take(DelimitedRows rows, int maxDigits)
        {
            Line = rows.Line;
            if (rows.FieldCount >= 2 && TryDigits(rows.Utf8(1), maxDigits, out var value))
            {
                var stamp = rows.Utf8(0);
                if (stamp.Length is 20 or 25 && IsoStamp.ParseInstant(stamp) is { } end)
                {
                    stamp.CopyTo(_stamp);
                    _stampLength = stamp.Length;
                    (End, Watts, Fields) = (end, value, null);
                    return;
                }
            }

            Fields = rows.Fields();
            End = IsoStamp.ParseInstant(Fields[0]);
        }
    }
}

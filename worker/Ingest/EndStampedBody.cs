using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// The body shared by portal layouts A and B: <c>stamp;value</c> rows where the stamp is the
/// END of the interval, ISO-8601 with its UTC offset (which resolves DST days by itself), and
/// the step of each row is inferred by <see cref="StepInference"/>.
/// </summary>
public static class EndStampedBody
{

    /// <summary>What the preamble said: meter, direction, unit, declared step (if any), and the names of the two columns.</summary>
    public sealed record Meta(Prm Prm, Direction Direction, PointUnit Unit, Duration? DeclaredStep, string StampField, string ValueField);

    public static IEnumerable<MeterReading> Read(IEnumerable<(int Line, string[] Fields)> rows, string source, Meta meta, CurveReadContext context, ConformityLog log)
    {
        var parsed = rows
            .Where(r => !DelimitedLines.IsBlank(r.Fields))
            .Select(r => (r.Line, r.Fields, End: ParseEnd(r.Fields)));
        var inference = new StepInference(meta.DeclaredStep, context.Step);
        foreach (var ((line, fields, end), length) in inference.Infer(parsed, r => r.End))
        {
            log.RowRead(source);
            if (ReadRow(line, fields, end, length, source, meta, log) is { } reading)
            {
                yield return reading;
            }
        }
    }

    private static MeterReading? ReadRow(int line, string[] fields, Instant? end, Duration length, string source, Meta meta, ConformityLog log)
    {
        var stampText = fields[0].Trim();
        var input = new PointInput(source, line, meta.Prm, meta.Direction, default, fields.Length > 1 ? fields[1] : string.Empty, meta.Unit)
        {
            StampField = meta.StampField,
            ValueField = meta.ValueField,
            StampText = stampText,
        };
        if (fields.Length < 2)
        {
            return CurvePoint.Reject(input, log, IssueCodes.LineUnparseable, meta.ValueField,
                $"expected '{meta.StampField};{meta.ValueField}', found '{string.Join(';', fields)}'.");
        }

        if (end is null)
        {
            return CurvePoint.Reject(input, log, IssueCodes.TimestampInvalid, meta.StampField,
                $"{meta.StampField} '{TextBound.Quote(stampText)}' is not an ISO-8601 time with offset (e.g. 2026-06-01T00:30:00+02:00).");
        }

        return CurvePoint.Read(input with { Step = new Step(end.Value - length, length) }, log);
    }

    private static Instant? ParseEnd(string[] fields)
    {
        return IsoStamp.ParseInstant(fields[0]);
    }
}

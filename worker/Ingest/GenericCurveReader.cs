using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// The documented generic curve format (docs/formats.md), also written back as
/// <c>curves.csv</c>: header <c>prm;start;end;wh</c> (or comma-separated), then one row per
/// step: the PRM, the step's start and end as ISO-8601 instants (<c>Z</c> or an offset),
/// and the energy of the step in Wh (decimal point, or decimal comma with <c>;</c>).
/// Optional columns, by name: <c>direction</c> (consumption/production; default: the PRM's
/// role in collective.json) and <c>quality</c> (measured/estimated/corrected). Other
/// columns are ignored.
/// </summary>
public sealed class GenericCurveReader : ICurveFormat
{

    public string Name => "generic";

    public bool Detect(string head)
    {
        var line = CurveFileReader.FirstLine(head);
        var fields = DelimitedLines.Split(line, DelimitedLines.SeparatorOf(line)).Select(HeaderNames.Normalise).ToArray();
        return fields.Length >= 4 && fields[0] == "prm" && fields[1] == "start" && fields[2] == "end" && fields[3] == "wh";
    }

    public IEnumerable<MeterReading> Read(TextReader text, string source, CurveReadContext context, ConformityLog log)
    {
        var header = text.ReadLine() ?? string.Empty;
        while (header.Trim('\uFEFF').Trim().Length == 0 && text.Peek() >= 0)
        {
            header = text.ReadLine() ?? string.Empty;
        }

        var delimiter = DelimitedLines.SeparatorOf(header);
        var names = DelimitedLines.Split(header, delimiter).Select(HeaderNames.Normalise).ToArray();
        var direction = Array.IndexOf(names, "direction");
        var quality = Array.IndexOf(names, "quality");
        foreach (var (line, fields) in DelimitedLines.Read(text, delimiter, 2))
        {
            if (DelimitedLines.IsBlank(fields))
            {
                continue;
            }

            log.RowRead(source);
            if (ReadRow(line, fields, direction, quality, source, context, log) is { } reading)
            {
                yield return reading;
            }
        }
    }

    private static MeterReading? ReadRow(int line, string[] f, int directionColumn, int qualityColumn, string source, CurveReadContext context, ConformityLog log)
    {
        Issue Fail(string code, string field, string message) =>
            new(Severity.Warning, code, source, line, $"{source} line {line}: {message}") { Field = field };

        if (f.Length < 4 || !Prm.TryParse(f[0], out var prm))
        {
            log.RowRejected(source, Fail(IssueCodes.LineUnparseable, f.Length < 4 ? "wh" : "prm", $"expected 'prm;start;end;wh' with a 14-digit PRM, found '{TextBound.Quote(string.Join(';', f))}'."));
            return null;
        }

        var dir = directionColumn >= 0 && directionColumn < f.Length && f[directionColumn].Trim().Length > 0 ? Directions.Parse(f[directionColumn]) : context.ImpliedDirection(prm);
        var input = new PointInput(source, line, prm, dir ?? Direction.Consumption, default, f[3], PointUnit.WattHours)
        {
            StampField = "start",
            ValueField = "wh",
            StampText = f[1].Trim(),
            Quality = qualityColumn >= 0 && qualityColumn < f.Length ? QualityOf(f[qualityColumn]) : ReadingQuality.Measured,
        };
        if (dir is null)
        {
            return CurvePoint.Reject(input, log, IssueCodes.HeaderInvalid, "direction", $"direction '{TextBound.Quote(f[directionColumn])}' is neither consumption nor production.");
        }

        var (start, end) = (Parse(f[1]), Parse(f[2]));
        if (start is null || end is null)
        {
            var field = start is null ? "start" : "end";
            return CurvePoint.Reject(input, log, IssueCodes.TimestampInvalid, field, $"{field} '{(start is null ? f[1] : f[2]).Trim()}' is not an ISO-8601 instant (2026-06-01T00:00:00Z or with an offset).");
        }

        if (!StepInference.IsSupported(end.Value - start.Value))
        {
            return CurvePoint.Reject(input, log, IssueCodes.StepUnknown, "end", $"start {f[1].Trim()} to end {f[2].Trim()} is not a 10, 15, 30 or 60-minute step.");
        }

        return CurvePoint.Read(input with { Step = new Step(start.Value, end.Value - start.Value) }, log, context);
    }

    private static Instant? Parse(string text)
    {
        return IsoStamp.ParseInstant(text);
    }

    private static ReadingQuality QualityOf(string text) => HeaderNames.Normalise(text) switch
    {
        "estimated" => ReadingQuality.Estimated,
        "corrected" => ReadingQuality.Corrected,
        _ => ReadingQuality.Measured,
    };
}

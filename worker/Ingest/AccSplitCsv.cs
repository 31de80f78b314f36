using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// ACC split as CSV (docs/formats.md): header <c>Identifiant PRM;Horodate;CONS;AUTOCONS;COMPLEMENT</c>
/// and/or <c>PROD;AUTOPROD;SURPLUS</c> columns (any subset, any order, case-insensitive), one row
/// per PRM and step; Horodate is the END of the step with its offset; values are Wh per step
/// (decimal comma accepted), or kWh when a <c>Unite</c> column says so. An optional <c>Pas</c>
/// column (minutes or ISO duration) gives the step, else the collective's. Each non-empty
/// quantity cell is one value: read, then accepted or rejected.
/// </summary>
public static class AccSplitCsv
{
    public const string Name = "enedis-acc-csv";

    public static bool Detect(string head)
    {
        var fields = DelimitedLines.FirstFields(head);
        return HeaderNames.IndexOf(fields, "identifiant prm", "prm") == 0 && fields.Any(f => SplitQuantities.Parse(f) is not null);
    }

    public static IEnumerable<SplitReading> Read(TextReader text, string source, CurveReadContext context, ConformityLog log)
    {
        using var lines = DelimitedLines.ReadSniffed(text).SkipWhile(l => DelimitedLines.IsBlank(l.Fields)).GetEnumerator();
        if (!lines.MoveNext())
        {
            yield break;
        }

        var header = lines.Current.Fields;
        var stamp = HeaderNames.IndexOf(header, "horodate");
        var unit = HeaderNames.IndexOf(header, "unite", "unit");
        var pas = HeaderNames.IndexOf(header, "pas");
        var quantities = header.Select((h, i) => (Quantity: SplitQuantities.Parse(h), Index: i)).Where(q => q.Quantity is not null).ToList();
        while (lines.MoveNext())
        {
            var (line, f) = lines.Current;
            if (DelimitedLines.IsBlank(f))
            {
                continue;
            }

            var rowStep = Row(line, f, stamp, pas, source, context);
            foreach (var (quantity, index) in quantities)
            {
                if (index >= f.Length || f[index].Trim().Length == 0)
                {
                    continue;
                }

                log.RowRead(source);
                var value = Value(f[index], unit >= 0 && unit < f.Length ? PointUnits.Parse(f[unit]) : PointUnit.WattHours);
                var problem = rowStep.Problem ?? (value is null ? $"{TextBound.Quote(header[index].Trim())} '{TextBound.Quote(f[index].Trim())}' is not a non-negative number of Wh within range." : null);
                if (problem is not null)
                {
                    var field = rowStep.Problem is not null ? rowStep.Field : header[index].Trim();
                    var code = rowStep.Problem is not null ? rowStep.Code : IssueCodes.ValueInvalid;
                    log.RowRejected(source, new Issue(Severity.Warning, code, source, line, $"{source} line {line}: {problem}") { Field = field, Prm = rowStep.Prm });
                    continue;
                }

                log.RowAccepted(source);
                yield return new SplitReading(rowStep.Prm!.Value, rowStep.Step, quantity!.Value, value!.Value, source, line);
            }
        }
    }

    private sealed record RowStep(Prm? Prm, Step Step, string? Problem, string Code, string Field);

    private static RowStep Row(int line, string[] f, int stamp, int pas, string source, CurveReadContext context)
    {
        if (!Prm.TryParse(f[0], out var prm))
        {
            return new RowStep(null, default, $"Identifiant PRM '{TextBound.Quote(f[0].Trim())}' is not 14 digits.", IssueCodes.LineUnparseable, "Identifiant PRM");
        }

        var length = pas >= 0 && pas < f.Length && f[pas].Trim().Length > 0 ? StepOf(f[pas]) : context.Step;
        if (length is null)
        {
            return new RowStep(prm, default, $"Pas '{TextBound.Quote(f[pas].Trim())}' is not 10, 15, 30 or 60 minutes.", IssueCodes.StepUnknown, "Pas");
        }

        var end = stamp >= 0 && stamp < f.Length ? IsoStamp.ParseInstant(f[stamp]) : null;
        if (end is null)
        {
            return new RowStep(prm, default, $"Horodate '{(stamp >= 0 && stamp < f.Length ? f[stamp].Trim() : string.Empty)}' is not an ISO-8601 time with offset.", IssueCodes.TimestampInvalid, "Horodate");
        }

        var step = new Step(end.Value - length.Value, length.Value);
        return step.Start.ToUnixTimeTicks() % length.Value.BclCompatibleTicks != 0
            ? new RowStep(prm, step, $"Horodate '{TextBound.Quote(f[stamp].Trim())}' does not end a {length.Value.TotalMinutes}-minute step.", IssueCodes.TimestampMisaligned, "Horodate")
            : new RowStep(prm, step, null, string.Empty, string.Empty);
    }

    private static Duration? StepOf(string text)
    {
        var t = text.Trim();
        if (int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m))
        {
            return Domain.Step.IsSupportedLength(m) ? Duration.FromMinutes(m) : null;
        }

        return t.ToUpperInvariant() switch { "PT10M" => Duration.FromMinutes(10), "PT15M" => Duration.FromMinutes(15), "PT30M" => Duration.FromMinutes(30), "PT60M" or "PT1H" => Duration.FromMinutes(60), _ => null };
    }

    private static Energy? Value(string text, PointUnit? unit) =>
        CurvePoint.TryParseDecimal(text, out var v) && v >= 0 && unit is PointUnit.WattHours or PointUnit.KilowattHours
            && PointUnits.TryToEnergy(v, unit.Value, Duration.Zero, out var energy)
            ? energy
            : null;
}

using System.Xml;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// The one-row-per-point export with repeated metadata, layout C:
/// <c>Identifiant PRM;Date de début;Date de fin;Grandeur physique;Grandeur métier;Etape métier;Unité;Horodate;Valeur;Nature;Pas;…</c>.
/// Horodate is the END of the step in naive local time (no offset), resolved in the
/// collective's zone by <see cref="LocalStampResolver"/>; Pas is an ISO-8601 duration
/// (PT10M…PT60M) that can change from row to row; Nature and the likelihood index flag
/// estimated and corrected points. Columns are found by name, in any order.
/// </summary>
public sealed class PortalLayoutCReader : ICurveFormat
{
    public string Name => "enedis-portal-c";

    public bool Detect(string head)
    {
        var fields = DelimitedLines.FirstFields(head);
        return fields.Length >= 9 && HeaderNames.Normalise(fields[0]) == "identifiant prm"
            && HeaderNames.IndexOf(fields, "horodate") >= 0 && HeaderNames.IndexOf(fields, "pas") >= 0;
    }

    public IEnumerable<MeterReading> Read(TextReader text, string source, CurveReadContext context, ConformityLog log)
    {
        using var lines = DelimitedLines.ReadSniffed(text).SkipWhile(l => DelimitedLines.IsBlank(l.Fields)).GetEnumerator();
        if (!lines.MoveNext())
        {
            yield break;
        }

        var columns = LayoutCColumns.Find(lines.Current.Fields);
        if (columns.Value < 0)
        {
            log.Add(new Issue(Severity.Warning, IssueCodes.HeaderInvalid, source, lines.Current.Line, $"{source} line {lines.Current.Line}: the column line has no 'Valeur' column; no row was used.") { Field = "Valeur" });
            RejectAll(lines, source, log);
            yield break;
        }

        var resolver = new LocalStampResolver(context.Zone);
        while (lines.MoveNext())
        {
            var (line, fields) = lines.Current;
            if (DelimitedLines.IsBlank(fields))
            {
                continue;
            }

            log.RowRead(source);
            if (ReadRow(line, fields, source, columns, resolver, context, log) is { } reading)
            {
                yield return reading;
            }
        }
    }

    private static MeterReading? ReadRow(int line, string[] f, string source, LayoutCColumns c, LocalStampResolver resolver, CurveReadContext context, ConformityLog log)
    {
        Issue Fail(string code, string field, string message, Prm? prm) =>
            new(Severity.Warning, code, source, line, $"{source} line {line}: {message}") { Field = field, Prm = prm };

        if (f.Length <= c.MaxIndex)
        {
            log.RowRejected(source, Fail(IssueCodes.LineUnparseable, "Valeur", $"expected {c.MaxIndex + 1} fields, found {f.Length}.", null));
            return null;
        }

        if (!Prm.TryParse(f[c.Prm], out var prm))
        {
            log.RowRejected(source, Fail(IssueCodes.LineUnparseable, "Identifiant PRM", $"Identifiant PRM '{TextBound.Quote(f[c.Prm])}' is not 14 digits.", null));
            return null;
        }

        var direction = c.Metier >= 0 ? Directions.Parse(f[c.Metier]) : context.ImpliedDirection(prm);
        var unit = c.Unit >= 0 ? PointUnits.Parse(f[c.Unit]) : PointUnit.Watts;
        var length = ParseStep(f[c.Step]);
        string? problem = direction is null ? $"Grandeur métier '{TextBound.Quote(f[c.Metier])}' is neither CONS nor PROD."
            : unit is null ? $"Unité '{TextBound.Quote(f[c.Unit])}' is not W, kW, Wh or kWh."
            : length is null ? $"Pas '{TextBound.Quote(f[c.Step])}' is not PT10M, PT15M, PT30M or PT60M." : null;
        if (problem is not null)
        {
            var (code, field) = direction is null ? (IssueCodes.HeaderInvalid, "Grandeur métier") : unit is null ? (IssueCodes.UnitUnknown, "Unité") : (IssueCodes.StepUnknown, "Pas");
            log.RowRejected(source, Fail(code, field, problem, prm));
            return null;
        }

        var input = new PointInput(source, line, prm, direction!.Value, default, f[c.Value], unit!.Value)
        {
            StampText = f[c.Stamp].Trim(),
            Quality = c.QualityOf(f),
        };
        var local = IsoStamp.ParseLocal(input.StampText);
        if (local is null)
        {
            return CurvePoint.Reject(input, log, IssueCodes.TimestampInvalid, "Horodate", $"Horodate '{TextBound.Quote(input.StampText)}' is not a local time yyyy-MM-dd HH:mm:ss.");
        }

        if (resolver.Resolve(prm, direction.Value, local.Value) is not { } end)
        {
            return CurvePoint.Reject(input, log, IssueCodes.TimestampInvalid, "Horodate", $"Horodate '{TextBound.Quote(input.StampText)}' does not exist in {context.Zone.Id} (the hour skipped when clocks go forward).");
        }

        return CurvePoint.Read(input with { Step = new Step(end - length!.Value, length.Value) }, log, context);
    }

    private static void RejectAll(IEnumerator<(int Line, string[] Fields)> lines, string source, ConformityLog log)
    {
        while (lines.MoveNext())
        {
            if (!DelimitedLines.IsBlank(lines.Current.Fields))
            {
                log.RowRead(source);
                log.RowRejected(source, null);
            }
        }
    }

    private static Duration? ParseStep(string text)
    {
        try
        {
            var span = XmlConvert.ToTimeSpan(text.Trim());
            var d = Duration.FromTimeSpan(span);
            return StepInference.IsSupported(d) ? d : null;
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            return null;
        }
    }
}

using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// The consumer-portal "courbe de charge" download, layout B: preamble line(s) starting
/// <c>Identifiant PRM;&lt;prm&gt;;Type de donnees;Courbe de charge;</c>, then the column line
/// <c>horodate ...;puissance moyenne (W)</c>, then rows stamped at the END of the step with
/// their offset. The unit comes from the column name (W or kW); the direction from the
/// preamble words (production/injection vs consommation/soutirage), else from the PRM's role
/// in collective.json; the step from the stamps (<see cref="StepInference"/>).
/// </summary>
public sealed class PortalLayoutBReader : ICurveFormat
{
    public string Name => "enedis-portal-b";

    public bool Detect(string head)
    {
        var fields = DelimitedLines.FirstFields(head);
        return fields.Length >= 2 && HeaderNames.Normalise(fields[0]) == "identifiant prm" && Prm.TryParse(fields[1], out _);
    }

    public IEnumerable<MeterReading> Read(TextReader text, string source, CurveReadContext context, ConformityLog log)
    {
        using var rows = new DelimitedRows(text);
        Prm? prm = null;
        Direction? direction = null;
        string[]? columns = null;
        var columnLine = 0;
        while (columns is null && rows.MoveNext())
        {
            var (line, fields) = (rows.Line, rows.Fields());
            if (HeaderNames.Normalise(fields[0]).StartsWith("horodate", StringComparison.Ordinal))
            {
                (columns, columnLine) = (fields, line);
            }
            else
            {
                prm ??= FindPrm(fields);
                direction ??= fields.Select(f => Directions.Parse(HeaderNames.Normalise(f).Replace("courbe de ", string.Empty, StringComparison.Ordinal))).FirstOrDefault(d => d is not null);
            }
        }

        if (columns is null || prm is null)
        {
            log.Add(new Issue(Severity.Warning, IssueCodes.HeaderInvalid, source, columnLine, $"{source} line {Math.Max(columnLine, 1)}: no 'horodate;puissance moyenne (W)' column line after the preamble; nothing read.") { Field = "horodate" });
            yield break;
        }

        var valueName = columns.Length > 1 ? columns[1].Trim() : string.Empty;
        var unit = valueName.Contains("(kW)", StringComparison.OrdinalIgnoreCase) ? PointUnit.Kilowatts
            : valueName.Contains("(W)", StringComparison.OrdinalIgnoreCase) ? PointUnit.Watts
            : (PointUnit?)null;
        var meta = new EndStampedBody.Meta(prm.Value, direction ?? context.ImpliedDirection(prm.Value), unit ?? PointUnit.Watts, null, columns[0].Trim(), valueName);
        if (unit is null)
        {
            log.Add(new Issue(Severity.Warning, IssueCodes.UnitUnknown, source, columnLine, $"{source} line {columnLine}: column '{TextBound.Quote(valueName)}' does not name an average power in W or kW; no row was used.") { Field = valueName, Prm = prm });
            while (rows.MoveNext())
            {
                if (!rows.IsBlank())
                {
                    log.RowRead(source);
                    log.RowRejected(source, null);
                }
            }

            yield break;
        }

        foreach (var reading in EndStampedBody.Read(rows, source, meta, context, log))
        {
            yield return reading;
        }
    }

    private static Prm? FindPrm(string[] fields)
    {
        foreach (var f in fields)
        {
            if (Prm.TryParse(f, out var prm))
            {
                return prm;
            }
        }

        return null;
    }
}

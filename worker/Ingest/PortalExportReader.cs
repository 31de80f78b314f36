using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// The consumer-portal export, layout A: a header line, one metadata line (PRM, dates,
/// Grandeur metier, Unite, Pas en minutes), then <c>Horodate;Valeur</c> rows where Horodate
/// is the END of the interval with its UTC offset and Valeur the average power in W (or kW).
/// An empty Pas is inferred from the stamps, and may change inside the file.
/// </summary>
public sealed class PortalExportReader : ICurveFormat
{
    public string Name => "enedis-portal-a";

    public bool Detect(string head)
    {
        var fields = DelimitedLines.FirstFields(head);
        return fields.Length >= 2 && HeaderNames.Normalise(fields[0]) == "identifiant prm"
            && HeaderNames.Normalise(fields[1]).StartsWith("type de donn", StringComparison.Ordinal);
    }

    public IEnumerable<MeterReading> Read(TextReader text, string source, CurveReadContext context, ConformityLog log)
    {
        using var rows = new DelimitedRows(text);
        var started = false;
        while (!started && rows.MoveNext())
        {
            started = !rows.IsBlank();
        }

        if (!started || !rows.MoveNext())
        {
            log.Add(new Issue(Severity.Warning, IssueCodes.HeaderInvalid, source, 2, $"{source} line 2: the metadata line (PRM, unit, step) is missing.") { Field = "Identifiant PRM" });
            yield break;
        }

        var header = PortalHeader.Parse(rows.Fields(), source, rows.Line, context, log);
        rows.MoveNext(); // the "Horodate;Valeur" line
        if (header is null)
        {
            // Without a usable header no row can be read: each counts as rejected under the header's issue.
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

        var meta = new EndStampedBody.Meta(header.Prm, header.Direction, header.Unit, header.DeclaredStep, "Horodate", "Valeur");
        foreach (var reading in EndStampedBody.Read(rows, source, meta, context, log))
        {
            yield return reading;
        }
    }
}

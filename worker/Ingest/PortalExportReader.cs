using System.Globalization;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Validation;
using NodaTime;
using NodaTime.Text;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// The consumer-portal export, layout A: a header line, one metadata line (PRM, dates,
/// Grandeur metier, Unite, Pas en minutes), then <c>Horodate;Valeur</c> rows where Horodate
/// is the END of the interval with its UTC offset and Valeur the average power in W.
/// </summary>
public sealed class PortalExportReader : ICurveFormat
{
    private static readonly OffsetDateTimePattern Stamp = OffsetDateTimePattern.ExtendedIso;

    public string Name => "enedis-portal-a";

    public bool Detect(string firstLine) =>
        firstLine.TrimStart('\uFEFF').StartsWith("Identifiant PRM;Type de donn", StringComparison.Ordinal);

    public IEnumerable<MeterReading> Read(TextReader text, string source, CurveReadContext context, ConformityLog log)
    {
        using var lines = DelimitedLines.Read(text, ';').GetEnumerator();
        if (!lines.MoveNext() || !lines.MoveNext())
        {
            log.Add(new Issue(Severity.Warning, IssueCodes.HeaderInvalid, source, 2, $"{source} line 2: the metadata line (PRM, unit, step) is missing.") { Field = "Identifiant PRM" });
            yield break;
        }

        var header = PortalHeader.Parse(lines.Current.Fields, source, lines.Current.Line, context, log);
        lines.MoveNext(); // the "Horodate;Valeur" line
        while (lines.MoveNext())
        {
            var (line, fields) = lines.Current;
            if (DelimitedLines.IsBlank(fields))
            {
                continue;
            }

            if (header is null)
            {
                // Without a usable header no row can be read: each counts as rejected under the header's issue.
                log.RowRead(source);
                log.RowRejected(source, null);
                continue;
            }

            if (ReadRow(fields, source, line, header, log) is { } reading)
            {
                yield return reading;
            }
        }

    }

    private static MeterReading? ReadRow(string[] fields, string source, int line, PortalHeader header, ConformityLog log)
    {
        log.RowRead(source);
        if (fields.Length < 2)
        {
            log.RowRejected(source, Reject(IssueCodes.LineUnparseable, source, line, "Valeur", $"{source} line {line}: expected 'Horodate;Valeur', found '{string.Join(';', fields)}'.", header.Prm));
            return null;
        }

        var stamp = Stamp.Parse(fields[0].Trim());
        if (!stamp.Success)
        {
            log.RowRejected(source, Reject(IssueCodes.TimestampInvalid, source, line, "Horodate", $"{source} line {line}: Horodate '{fields[0]}' is not an ISO-8601 time with offset.", header.Prm));
            return null;
        }

        var end = stamp.Value.ToInstant();
        var step = new Step(end - header.StepLength, header.StepLength);
        if (end.ToUnixTimeTicks() % header.StepLength.TotalTicks != 0)
        {
            log.RowRejected(source, Reject(IssueCodes.TimestampMisaligned, source, line, "Horodate", $"{source} line {line}: Horodate '{fields[0]}' does not end a {header.StepMinutes}-minute step.", header.Prm) with { Step = step });
            return null;
        }

        var value = fields[1].Trim();
        if (value.Length == 0)
        {
            log.RowRejected(source, Reject(IssueCodes.ValueMissing, source, line, "Valeur", $"{source} line {line}: Valeur is empty (the grid operator has no measure for this step).", header.Prm) with { Step = step });
            return null;
        }

        if (!decimal.TryParse(value.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var watts))
        {
            log.RowRejected(source, Reject(IssueCodes.ValueInvalid, source, line, "Valeur", $"{source} line {line}: Valeur '{value}' is not a number.", header.Prm) with { Step = step });
            return null;
        }

        if (watts < 0)
        {
            log.RowRejected(source, Reject(IssueCodes.ValueNegative, source, line, "Valeur", $"{source} line {line}: Valeur {value} W is negative; a load curve is never negative.", header.Prm) with { Step = step });
            return null;
        }

        return new MeterReading(header.Prm, step, PowerToEnergy.FromWatts(watts * header.WattsPerUnit, header.StepLength), header.Direction, ReadingQuality.Measured, source, line);
    }

    private static Issue Reject(string code, string source, int line, string field, string message, Prm prm) =>
        new(Severity.Warning, code, source, line, message) { Field = field, Prm = prm };
}

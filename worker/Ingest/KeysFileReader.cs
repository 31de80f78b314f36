using System.Globalization;
using Daisee.Billing.Worker.Domain;
using NodaTime.Text;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// Reads an allocation keys file (<c>allocation.keysFile</c>). CSV, <c>,</c> or <c>;</c>
/// separated, with a header naming the columns in any order: <c>start,prm,coefficient</c> for
/// dynamic-simple, <c>start,producer,consumer,coefficient</c> for full-dynamic. <c>start</c> is
/// the step start in UTC (ISO 8601 with <c>Z</c>, e.g. <c>2026-06-01T00:00:00Z</c>);
/// <c>coefficient</c> is a fraction 0–1 with a decimal point (0.375 = 37.5 %). Every data
/// line is counted as read; a line that does not parse is rejected with its issue (file, line,
/// field). An unusable header is an error: the keys cannot be applied.
/// </summary>
public static class KeysFileReader
{
    public const string SimpleFormat = "keys-dynamic-simple";
    public const string PairsFormat = "keys-full-dynamic";

    public static IEnumerable<KeyCoefficient> Read(DatasetEntry entry, bool pairs, ConformityLog log)
    {
        using var text = new BoundedLineReader(TextDecoding.Open(entry.Open()));
        log.FileSeen(entry.Path, pairs ? PairsFormat : SimpleFormat);
        string? line;
        var number = 0;
        while ((line = text.ReadLine()) is not null && string.IsNullOrWhiteSpace(line))
        {
            number++;
        }

        number++;
        var delimiter = line is null ? ',' : DelimitedLines.SeparatorOf(line);
        var header = line is null ? [] : DelimitedLines.Split(line, delimiter);
        var columns = line is null ? null : Columns(header, pairs);
        if (columns is null)
        {
            log.Add(new Issue(Severity.Error, IssueCodes.HeaderInvalid, entry.Path, number,
                $"{entry.Path}: the first line must name the columns {(pairs ? "start,producer,consumer,coefficient" : "start,prm,coefficient")}; the keys cannot be applied.")
            { Field = "header" });
            yield break;
        }

        foreach (var (lineNumber, fields) in DelimitedLines.Read(text, delimiter, number + 1))
        {
            if (DelimitedLines.IsBlank(fields))
            {
                continue;
            }

            log.RowRead(entry.Path);
            var row = fields.Length == header.Length ? ToRow(lineNumber, fields, columns) : null;
            var parsed = row is null ? null : Parse(row, entry.Path, log);
            if (row is null)
            {
                log.RowRejected(entry.Path, new Issue(Severity.Warning, IssueCodes.LineUnparseable, entry.Path, lineNumber,
                    $"{entry.Path} line {lineNumber}: {fields.Length} field(s), expected {header.Length} as in the header (a decimal comma in a comma-separated file splits the coefficient: use a point); the row was not used.") { Field = "line" });
            }
            else if (parsed is not null)
            {
                yield return parsed;
            }
        }
    }

    /// <summary>Column positions of start, producer (−1 for dynamic-simple), consumer, coefficient.</summary>
    private static int[]? Columns(string[] header, bool pairs)
    {
        var names = header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        int[] positions = pairs
            ? [names.IndexOf("start"), names.IndexOf("producer"), names.IndexOf("consumer"), names.IndexOf("coefficient")]
            : [names.IndexOf("start"), -1, names.IndexOf("prm"), names.IndexOf("coefficient")];
        var required = positions.Where((p, i) => i != 1 || pairs);
        return required.All(p => p >= 0) ? positions : null;
    }

    private static KeyRow ToRow(int line, string[] fields, int[] columns) =>
        new KeyRow(line, fields[columns[0]].Trim(), columns[1] < 0 ? null : fields[columns[1]].Trim(), fields[columns[2]].Trim(), fields[columns[3]].Trim());

    private static KeyCoefficient? Parse(KeyRow row, string source, ConformityLog log)
    {
        var start = InstantPattern.ExtendedIso.Parse(row.Start);
        if (!start.Success || start.Value.InUtc().Year is < IsoStamp.MinYear or > IsoStamp.MaxYear)
        {
            return Reject(row, source, log, IssueCodes.TimestampInvalid, "start", $"'{TextBound.Quote(row.Start)}' is not a UTC instant like 2026-06-01T00:00:00Z between {IsoStamp.MinYear} and {IsoStamp.MaxYear}");
        }

        Prm? producer = null;
        if (row.Producer is not null)
        {
            if (!Prm.TryParse(row.Producer, out var p))
            {
                return Reject(row, source, log, IssueCodes.ValueInvalid, "producer", $"'{TextBound.Quote(row.Producer)}' is not a 14-digit PRM");
            }

            producer = p;
        }

        if (!Prm.TryParse(row.Consumer, out var consumer))
        {
            return Reject(row, source, log, IssueCodes.ValueInvalid, producer is null ? "prm" : "consumer", $"'{TextBound.Quote(row.Consumer)}' is not a 14-digit PRM");
        }

        if (!decimal.TryParse(row.Coefficient, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var coefficient))
        {
            return Reject(row, source, log, IssueCodes.ValueInvalid, "coefficient", $"'{TextBound.Quote(row.Coefficient)}' is not a decimal number (use a point: 0.375)");
        }

        if (coefficient is < 0m or > 1m)
        {
            return Reject(row, source, log, coefficient < 0m ? IssueCodes.ValueNegative : IssueCodes.ValueImpossible, "coefficient", $"coefficient {TextBound.Quote(row.Coefficient)} is outside 0–1");
        }

        return new KeyCoefficient(start.Value, producer, consumer, coefficient, source, row.Line);
    }

    private static KeyCoefficient? Reject(KeyRow row, string source, ConformityLog log, string code, string field, string why)
    {
        log.RowRejected(source, new Issue(Severity.Warning, code, source, row.Line, $"{source} line {row.Line}: {why}; the row was not used.") { Field = field });
        return null;
    }
}

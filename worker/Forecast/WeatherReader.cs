using System.Collections.Immutable;
using System.Globalization;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Validation;
using NodaTime;
using NodaTime.Text;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// Reads the dataset's optional weather files, <c>weather/*.csv</c> (UTF-8, <c>,</c> or <c>;</c>):
/// header <c>start,ghi_w_m2,temperature_c</c>, one line per step of the collective
/// (<c>start</c> = the step's UTC start, e.g. <c>2026-06-01T10:00:00Z</c>; <c>ghi_w_m2</c> = mean
/// global horizontal irradiance over the step, 0–1500 W/m²; <c>temperature_c</c> = air
/// temperature, −60–60 °C, may be empty). Every bad line is an issue naming the file, the line
/// and the field, and is skipped; a step given twice keeps its first line.
/// </summary>
public static class WeatherReader
{
    public const string Folder = "weather/";

    private static readonly InstantPattern StartPattern = InstantPattern.ExtendedIso;

    public static Weather Read(IEnumerable<DatasetEntry> entries, Collective collective, ConformityLog log)
    {
        var ghi = ImmutableSortedDictionary.CreateBuilder<Instant, double>();
        var temperature = ImmutableSortedDictionary.CreateBuilder<Instant, double>();
        var step = Duration.FromMinutes(collective.StepMinutes);
        foreach (var entry in entries.Where(e => e.Path.StartsWith(Folder, StringComparison.Ordinal) && e.Path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            using var stream = entry.Open();
            using var text = new StreamReader(stream, new System.Text.UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
            int[]? columns = null;
            foreach (var (line, fields) in DelimitedLines.ReadSniffed(text))
            {
                if (DelimitedLines.IsBlank(fields))
                {
                    continue;
                }

                if (columns is null)
                {
                    columns = Columns(fields);
                    if (columns[0] < 0 || columns[1] < 0)
                    {
                        log.Add(new Issue(Severity.Warning, IssueCodes.HeaderInvalid, entry.Path, line, "A weather file needs the header start,ghi_w_m2[,temperature_c]; the file is not used."));
                        break;
                    }

                    continue;
                }

                Row(entry.Path, line, fields, columns, step, ghi, temperature, log);
            }
        }

        return ghi.Count == 0 ? Weather.None : new Weather(ghi.ToImmutable(), temperature.ToImmutable());
    }

    private static int[] Columns(string[] header)
    {
        var names = header.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        return [names.IndexOf("start"), names.IndexOf("ghi_w_m2"), names.IndexOf("temperature_c")];
    }

    private static void Row(string path, int line, string[] fields, int[] columns, Duration step,
        ImmutableSortedDictionary<Instant, double>.Builder ghi, ImmutableSortedDictionary<Instant, double>.Builder temperature, ConformityLog log)
    {
        void Problem(string code, string field, string message) =>
            log.Add(new Issue(Severity.Warning, code, path, line, $"{field}: {message}; the line is not used.") { Field = field });

        string Field(int column) => column >= 0 && column < fields.Length ? fields[column].Trim() : string.Empty;
        var parsed = StartPattern.Parse(Field(columns[0]));
        if (!parsed.Success)
        {
            Problem(IssueCodes.TimestampInvalid, "start", $"'{Field(columns[0])}' is not a UTC instant like 2026-06-01T10:00:00Z");
            return;
        }

        var start = parsed.Value;
        if (start.ToUnixTimeTicks() % step.TotalTicks != 0)
        {
            Problem(IssueCodes.TimestampMisaligned, "start", $"{Field(columns[0])} does not begin a {step.TotalMinutes}-minute step");
            return;
        }

        if (!TryNumber(Field(columns[1]), 0, 1500, out var irradiance))
        {
            Problem(IssueCodes.ValueOutOfRange, "ghi_w_m2", $"'{Field(columns[1])}' is not a number of W/m² between 0 and 1500");
            return;
        }

        var t = Field(columns[2]);
        double celsius = double.NaN;
        if (t.Length > 0 && !TryNumber(t, -60, 60, out celsius))
        {
            Problem(IssueCodes.ValueOutOfRange, "temperature_c", $"'{t}' is not a temperature between -60 and 60 °C");
            return;
        }

        if (!ghi.TryAdd(start, irradiance))
        {
            Problem(IssueCodes.DuplicateConflicting, "start", $"{Field(columns[0])} was already given");
            return;
        }

        if (!double.IsNaN(celsius))
        {
            temperature[start] = celsius;
        }
    }

    private static bool TryNumber(string text, double min, double max, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
        && value >= min && value <= max;
}

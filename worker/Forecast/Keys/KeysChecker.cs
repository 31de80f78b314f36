using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Daisee.Billing.Worker.Domain;
using NodaTime;
using NodaTime.Text;

namespace Daisee.Billing.Worker.Forecast.Keys;

/// <summary>
/// Checks a dynamic-simple keys file before it is sent to the grid operator: UTF-8 text (a BOM
/// is tolerated), a header naming <c>start</c>, <c>prm</c> and <c>coefficient</c> (fraction
/// 0–1) or <c>percent</c> (0–100), <c>,</c> or <c>;</c> separated; <c>start</c> a UTC step
/// start (<c>2026-07-01T00:00:00Z</c>) aligned on the operation's step inside the month;
/// numbers with a decimal point, no exponent. Then per step (<see cref="KeysStepCheck"/>):
/// every step present, exactly the operation's consuming members of that day, no duplicate,
/// Σ ≤ 1 (100 %). Every problem is reported with its line; nothing stops at the first one.
/// </summary>
public static partial class KeysChecker
{
    public static KeysCheckReport Check(Collective collective, YearMonth month, string source, byte[] bytes)
    {
        var period = new BillingPeriod(month, collective.Zone, collective.StepMinutes);
        var problems = new List<KeysProblem>();
        var lines = DecodeLines(bytes, problems);
        var headerIndex = lines.FindIndex(l => l.Text is not null && !string.IsNullOrWhiteSpace(l.Text));
        if (headerIndex < 0)
        {
            problems.Add(new KeysProblem(1, "header", KeysCodes.Header, $"{source} is empty: the first line must be the header start,prm,coefficient."));
            return Report(source, 0, period, problems);
        }

        var header = lines[headerIndex];
        var delimiter = header.Text!.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var names = header.Text.TrimStart('\uFEFF').Split(delimiter).Select(n => n.Trim().ToLowerInvariant()).ToList();
        var columns = new Columns(names.IndexOf("start"), names.IndexOf("prm"), Math.Max(names.IndexOf("coefficient"), names.IndexOf("percent")), names.Contains("percent"), names.Count);
        if (columns.Start < 0 || columns.Prm < 0 || columns.Value < 0)
        {
            problems.Add(new KeysProblem(header.Number, "header", KeysCodes.Header,
                $"{source} line {header.Number}: the header must name start, prm and coefficient (or percent); found '{header.Text}'."));
            return Report(source, 0, period, problems);
        }

        var parsed = new List<KeyLine>();
        var dataLines = 0;
        foreach (var line in lines.Skip(headerIndex + 1).Where(l => l.Text is null || !string.IsNullOrWhiteSpace(l.Text)))
        {
            dataLines++;
            if (line.Text is not null && Parse(line.Number, line.Text.Split(delimiter), columns, period, source, problems) is { } key)
            {
                parsed.Add(key);
            }
        }

        problems.AddRange(KeysStepCheck.Check(collective, period, parsed, columns.Percent, source));
        return Report(source, dataLines, period, problems);
    }

    private static KeysCheckReport Report(string source, int dataLines, BillingPeriod period, List<KeysProblem> problems) =>
        new(source, dataLines, period.StepCount, [.. problems
            .OrderBy(p => p.Line == 0 ? int.MaxValue : p.Line)
            .ThenBy(p => p.Step)
            .ThenBy(p => p.Prm)
            .ThenBy(p => p.Code, StringComparer.Ordinal)]);

    /// <summary>Physical lines (LF or CRLF), each decoded as strict UTF-8; an undecodable line has null text and one problem.</summary>
    private static List<(int Number, string? Text)> DecodeLines(byte[] bytes, List<KeysProblem> problems)
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var lines = new List<(int, string?)>();
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        var number = 0;
        while (start <= bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            var stop = end < 0 ? bytes.Length : end;
            number++;
            var length = stop > start && bytes[stop - 1] == '\r' ? stop - start - 1 : stop - start;
            try
            {
                lines.Add((number, strict.GetString(bytes, start, length)));
            }
            catch (DecoderFallbackException)
            {
                lines.Add((number, null));
                problems.Add(new KeysProblem(number, "line", KeysCodes.Encoding, $"line {number} is not UTF-8 text; save the file as UTF-8."));
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }

        return lines;
    }

    private static KeyLine? Parse(int number, string[] fields, Columns columns, BillingPeriod period, string source, List<KeysProblem> problems)
    {
        var before = problems.Count;
        if (fields.Length != columns.Count)
        {
            problems.Add(new KeysProblem(number, "line", KeysCodes.FieldCount,
                $"{source} line {number}: {fields.Length} field(s), the header has {columns.Count} (a decimal comma in a comma-separated file splits the number: use a point)."));
            return null;
        }

        var step = ParseStart(number, fields[columns.Start].Trim(), period, source, problems);
        var prmText = fields[columns.Prm].Trim();
        if (!Prm.TryParse(prmText, out var prm))
        {
            problems.Add(new KeysProblem(number, "prm", KeysCodes.PrmFormat, $"{source} line {number}: '{prmText}' is not a 14-digit PRM."));
        }

        var value = ParseValue(number, fields[columns.Value].Trim(), columns.Percent, source, problems);
        return problems.Count == before && step is { } s && value is { } v ? new KeyLine(number, s, prm, columns.Percent ? v / 100m : v) : null;
    }

    private static int? ParseStart(int number, string text, BillingPeriod period, string source, List<KeysProblem> problems)
    {
        var start = InstantPattern.ExtendedIso.Parse(text);
        if (!start.Success || !text.EndsWith('Z'))
        {
            problems.Add(new KeysProblem(number, "start", KeysCodes.StartFormat, $"{source} line {number}: '{text}' is not a UTC step start like 2026-07-01T00:00:00Z."));
            return null;
        }

        if (!period.Contains(start.Value))
        {
            problems.Add(new KeysProblem(number, "start", KeysCodes.StartOutside, $"{source} line {number}: {text} is outside {period.Name} (local time {period.Zone.Id})."));
            return null;
        }

        var index = period.IndexOf(start.Value);
        if (index < 0)
        {
            problems.Add(new KeysProblem(number, "start", KeysCodes.StartMisaligned,
                $"{source} line {number}: {text} does not start a {period.StepMinutes}-minute step of the operation.") { Step = start.Value });
            return null;
        }

        return index;
    }

    private static decimal? ParseValue(int number, string text, bool percent, string source, List<KeysProblem> problems)
    {
        var field = percent ? "percent" : "coefficient";
        if (!NumberPattern().IsMatch(text) || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            var hint = text.Contains(',', StringComparison.Ordinal) ? " (use a decimal point, not a comma)" : string.Empty;
            problems.Add(new KeysProblem(number, field, KeysCodes.CoefficientFormat, $"{source} line {number}: '{text}' is not a plain decimal number{hint}."));
            return null;
        }

        if (value < 0m)
        {
            problems.Add(new KeysProblem(number, field, KeysCodes.CoefficientNegative, $"{source} line {number}: {field} {text} is negative; coefficients are ≥ 0."));
            return null;
        }

        if (value > (percent ? 100m : 1m))
        {
            problems.Add(new KeysProblem(number, field, KeysCodes.CoefficientAboveOne, $"{source} line {number}: {field} {text} is above {(percent ? "100" : "1")}."));
            return null;
        }

        return value;
    }

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    private sealed record Columns(int Start, int Prm, int Value, bool Percent, int Count);
}

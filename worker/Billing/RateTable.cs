using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// The time-versioned regulated rates (TURPE, excise, CTA, VAT), read from the CSV embedded in
/// the worker (<c>Billing/Rates/rates.csv</c>, seeded from <c>reference/rates.md</c>). A value is
/// looked up by component, option, time class and local day; the table never guesses a value.
/// </summary>
public sealed class RateTable
{
    public const string ResourceName = "Daisee.Billing.Worker.Billing.Rates.rates.csv";

    private static readonly Lazy<RateTable> EmbeddedTable = new(LoadEmbedded);

    public RateTable(IEnumerable<RateEntry> entries) => Entries = [.. entries];

    public static RateTable Embedded => EmbeddedTable.Value;

    public ImmutableArray<RateEntry> Entries { get; }

    public RateEntry? Find(string component, string option, string timeClass, LocalDate day) =>
        Entries.FirstOrDefault(e => e.Component == component && e.Option == option && e.TimeClass == timeClass && e.Covers(day));

    public bool HasOption(string component, string option) =>
        Entries.Any(e => e.Component == component && e.Option == option);

    public static RateTable Parse(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var pattern = LocalDatePattern.Iso;
        return new RateTable(lines.Skip(1).Select(line =>
        {
            var f = Ingest.DelimitedLines.Split(line.TrimEnd('\r'), ',');
            if (f.Length != 9)
            {
                throw new FormatException($"Rates table line '{line}' has {f.Length} fields, expected 9.");
            }

            return new RateEntry(f[0], f[1], f[2], decimal.Parse(f[3], NumberStyles.Number, CultureInfo.InvariantCulture), f[4],
                pattern.Parse(f[5]).Value, f[6].Length == 0 ? null : pattern.Parse(f[6]).Value, f[7], f[8]);
        }));
    }

    private static RateTable LoadEmbedded()
    {
        using var stream = typeof(RateTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the worker.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }
}

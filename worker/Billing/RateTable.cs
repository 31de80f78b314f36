using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CsvHelper;
using Daisee.Billing.Worker.Domain;
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

    /// <summary>The entries of each (component, option, time class), in table order: a look-up scans only its own key's few versions.</summary>
    private readonly Dictionary<(string Component, string Option, string TimeClass), RateEntry[]> _byKey;

    public RateTable(IEnumerable<RateEntry> entries)
    {
        Entries = [.. entries];
        _byKey = Entries.GroupBy(e => (e.Component, e.Option, e.TimeClass)).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public static RateTable Embedded => EmbeddedTable.Value;

    public ImmutableArray<RateEntry> Entries { get; }

    /// <summary>The first entry in table order of that component, option and time class in force on <paramref name="day"/>; null when none is.</summary>
    public RateEntry? Find(string component, string option, string timeClass, LocalDate day)
    {
        if (!_byKey.TryGetValue((component, option, timeClass), out var versions))
        {
            return null;
        }

        foreach (var entry in versions)
        {
            if (entry.Covers(day))
            {
                return entry;
            }
        }

        return null;
    }

    public bool HasOption(string component, string option) =>
        Entries.Any(e => e.Component == component && e.Option == option);

    /// <summary>Reads the table's CSV (a header line, then nine comma-separated fields a row, double-quoted when they hold a comma).</summary>
    public static RateTable Parse(string csv)
    {
        var pattern = LocalDatePattern.Iso;
        var entries = new List<RateEntry>();
        var options = CsvReaderOptions.Default with { Separator = ',', HasHeader = true, SkipEmptyLines = true, TrimWhitespace = false };
        using var reader = CsvReader.Create(new StringReader(csv), options, leaveOpen: false);
        while (reader.Read())
        {
            var row = reader.Current;
            if (row.FieldCount != 9)
            {
                throw new FormatException($"Rates table line {reader.LineNumber} has {row.FieldCount} fields, expected 9.");
            }

            var f = new string[9];
            for (var i = 0; i < f.Length; i++)
            {
                f[i] = row.GetString(i) ?? string.Empty;
            }

            entries.Add(new RateEntry(f[0], f[1], f[2], decimal.Parse(f[3], NumberStyles.Number, CultureInfo.InvariantCulture), f[4],
                pattern.Parse(f[5]).Value, f[6].Length == 0 ? null : pattern.Parse(f[6]).Value, f[7], f[8]));
        }

        return new RateTable(entries);
    }

    private static RateTable LoadEmbedded()
    {
        using var stream = typeof(RateTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the worker.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }
}

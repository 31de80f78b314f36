using System.Globalization;
using System.Text;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output;

/// <summary>Invariant formatting shared by the CSV outputs: UTF-8 without BOM, LF, RFC 4180 quoting.</summary>
public static class CsvText
{
    public static byte[] Write(string header, IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        text.Append(header).Append('\n');
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    /// <summary>Watt-hours with up to 3 decimals, no trailing zeros: exact for milliwatt-hours.</summary>
    public static string WattHours(Energy energy) => energy.WattHours.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Instant(NodaTime.Instant instant) =>
        NodaTime.Text.InstantPattern.General.Format(instant);

    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}

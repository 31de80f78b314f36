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

    /// <summary>Every step start of the period as UTF-8 <see cref="Instant"/> text, formatted once per step (index = step).</summary>
    public static byte[][] StepStarts(BillingPeriod period) => StepInstants(period, 0);

    /// <summary>Every step end of the period as UTF-8 <see cref="Instant"/> text (index = step).</summary>
    public static byte[][] StepEnds(BillingPeriod period) => StepInstants(period, 1);

    private static byte[][] StepInstants(BillingPeriod period, int offset)
    {
        var texts = new byte[period.StepCount][];
        for (var t = 0; t < texts.Length; t++)
        {
            var step = period.StepAt(t);
            texts[t] = Encoding.UTF8.GetBytes(Instant(offset == 0 ? step.Start : step.End));
        }

        return texts;
    }

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

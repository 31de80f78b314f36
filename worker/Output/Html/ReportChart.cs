using System.Globalization;
using System.Text;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output.Html;

/// <summary>
/// The dashboard's inline SVG: per day, a consumption bar (local energy in green under the grid
/// complement in grey) and a production bar (local in green under the surplus in amber).
/// Coordinates are computed in decimal and written with 1 decimal (invariant culture).
/// </summary>
public static class ReportChart
{
    private const decimal Width = 900m;
    private const decimal Height = 220m;
    private const decimal Margin = 20m;

    public static string Daily(BillingPeriod period, AllocationResult allocation)
    {
        var local = Sum(period, allocation.Consumers, p => p.Local);
        var complement = Sum(period, allocation.Consumers, p => p.Grid);
        var surplus = Sum(period, allocation.Producers, p => p.Grid);
        var max = Math.Max(1L, Enumerable.Range(0, local.Length).Max(d => Math.Max(local[d] + complement[d], local[d] + surplus[d])));
        var slot = (Width - (2 * Margin)) / local.Length;
        var svg = new StringBuilder();
        svg.Append("<svg viewBox=\"0 0 900 250\" role=\"img\" aria-label=\"Production et consommation par jour\">");
        for (var d = 0; d < local.Length; d++)
        {
            var x = Margin + (d * slot);
            Stack(svg, x, slot * 0.42m, max, (local[d], "#2ea043"), (complement[d], "#8c959f"));
            Stack(svg, x + (slot * 0.46m), slot * 0.42m, max, (local[d], "#2ea043"), (surplus[d], "#d4a72c"));
            svg.Append("<text x=\"").Append(N(x + (slot / 2))).Append("\" y=\"240\" font-size=\"9\" text-anchor=\"middle\">")
                .Append((d + 1).ToString(CultureInfo.InvariantCulture)).Append("</text>");
        }

        svg.Append("</svg>\n<p class=\"legend\"><span><i class=\"sw\" style=\"background:#2ea043\"></i>local</span>")
            .Append("<span><i class=\"sw\" style=\"background:#8c959f\"></i>complément réseau</span>")
            .Append("<span><i class=\"sw\" style=\"background:#d4a72c\"></i>surplus</span> (barre gauche : consommation, droite : production ; max ")
            .Append(DailyTotals.Kwh(new Energy(max))).Append(" par jour)</p>\n");
        return svg.ToString();
    }

    private static void Stack(StringBuilder svg, decimal x, decimal width, long max, params (long Value, string Colour)[] parts)
    {
        var y = Height + Margin - 10m;
        foreach (var (value, colour) in parts)
        {
            var h = Height * value / max;
            if (h <= 0m)
            {
                continue;
            }

            y -= h;
            svg.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(N(width))
                .Append("\" height=\"").Append(N(h)).Append("\" fill=\"").Append(colour).Append("\"/>");
        }
    }

    private static long[] Sum(BillingPeriod period, IEnumerable<ParticipantAllocation> participants, Func<ParticipantAllocation, System.Collections.Immutable.ImmutableArray<Energy>> series)
    {
        var days = new long[period.Month.ToDateInterval().Length];
        foreach (var p in participants)
        {
            var daily = DailyTotals.Of(period, series(p));
            for (var d = 0; d < days.Length; d++)
            {
                days[d] = checked(days[d] + daily[d].MilliwattHours);
            }
        }

        return days;
    }

    private static string N(decimal value) => decimal.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
}

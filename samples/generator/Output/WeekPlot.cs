using System.Collections.Immutable;
using Daisee.Billing.SampleGenerator.Simulation;
using Daisee.Billing.SampleGenerator.Sites;
using NodaTime;
using ScottPlot;

namespace Daisee.Billing.SampleGenerator.Output;

/// <summary>
/// PNG of one week (Monday to Sunday, local time): the collective's total production and total
/// consumption in kW, and the locally shared part min(production, consumption).
/// </summary>
public static class WeekPlot
{
    private const string FontFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    public static void Render(string path, ulong seed, CollectiveSpec collective, LocalDate monday)
    {
        ArgumentNullException.ThrowIfNull(collective);
        var simulator = new CurveSimulator(seed, collective);
        YearMonth month = monday.ToYearMonth();
        MonthWindow window = simulator.Window(month);
        Instant from = monday.AtStartOfDayInZone(window.Zone).ToInstant();
        Instant to = monday.PlusDays(7).AtStartOfDayInZone(window.Zone).ToInstant();
        var production = new SortedDictionary<Instant, double>();
        var consumption = new SortedDictionary<Instant, double>();
        foreach (ParticipantSpec p in collective.Participants)
        {
            ImmutableArray<CurvePoint> points = simulator.Simulate(p, month);
            var target = p.Role == ParticipantRole.Producer ? production : consumption;
            foreach (CurvePoint point in points.Where(x => x.End > from && x.End <= to))
            {
                target[point.End] = target.GetValueOrDefault(point.End) + (point.Watts / 1000.0);
            }
        }

        double[] xs = [.. production.Keys.Select(i => (i - window.Step).InZone(window.Zone).LocalDateTime.ToDateTimeUnspecified().ToOADate())];
        double[] prod = [.. production.Values];
        double[] cons = [.. consumption.Values];
        double[] shared = [.. prod.Zip(cons, Math.Min)];
        Draw(path, xs, prod, cons, shared, collective.Name, monday);
    }

    private static void Draw(string path, double[] xs, double[] prod, double[] cons, double[] shared, string title, LocalDate monday)
    {
        if (File.Exists(FontFile))
        {
            Fonts.AddFontFile("DejaVu Sans", FontFile);
            Fonts.Default = "DejaVu Sans";
        }

        var plot = new Plot();
        var production = plot.Add.ScatterLine(xs, prod, Color.FromHex("#E8A317"));
        production.FillY = true;
        production.FillYColor = Color.FromHex("#E8A317").WithAlpha(0.25);
        production.LineWidth = 2;
        production.LegendText = "Total production (2 roofs, 109 kWp)";
        var local = plot.Add.ScatterLine(xs, shared, Color.FromHex("#2E8B57"));
        local.FillY = true;
        local.FillYColor = Color.FromHex("#2E8B57").WithAlpha(0.35);
        local.LineWidth = 1;
        local.LegendText = "Shared locally: min(production, consumption)";
        var consumption = plot.Add.ScatterLine(xs, cons, Color.FromHex("#1F4E9E"));
        consumption.LineWidth = 2;
        consumption.LegendText = "Total consumption (all members)";

        plot.Axes.Bottom.TickGenerator = DayTicks(xs[0], monday);
        plot.Axes.SetLimitsY(0, Math.Max(prod.Max(), cons.Max()) * 1.1);
        plot.Axes.SetLimitsX(xs[0], xs[0] + 7.0);
        plot.Title(title + " - week of " + monday.ToString("d MMMM uuuu", System.Globalization.CultureInfo.InvariantCulture));
        plot.YLabel("Average power over 30 min (kW)");
        plot.XLabel("Local time (Europe/Paris)");
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, 1200, 500);
    }

    /// <summary>A major tick at each local midnight ("Mon 15/06"), minor ticks every 6 hours.</summary>
    private static ScottPlot.TickGenerators.NumericManual DayTicks(double firstDay, LocalDate monday)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (int day = 0; day <= 7; day++)
        {
            string label = monday.PlusDays(day).ToString("ddd dd'/'MM", System.Globalization.CultureInfo.InvariantCulture);
            ticks.AddMajor(firstDay + day, day < 7 ? label : "");
            for (int quarter = 1; quarter < 4 && day < 7; quarter++)
            {
                ticks.AddMinor(firstDay + day + (quarter / 4.0));
            }
        }

        return ticks;
    }
}

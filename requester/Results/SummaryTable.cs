using System.Globalization;
using Spectre.Console;

namespace Daisee.Billing.Requester.Results;

/// <summary>Prints a result summary as a table: each member's kWh local / grid and the amount due.</summary>
public static class SummaryTable
{
    public static void Print(IAnsiConsole console, ResultSummary summary)
    {
        var table = new Table().Title($"Daisee.Billing — {summary.Period} — {summary.Status}")
            .AddColumn("PRM").AddColumn("Member").AddColumn("Role")
            .AddColumn(new TableColumn("Measured kWh").RightAligned())
            .AddColumn(new TableColumn("Local kWh").RightAligned())
            .AddColumn(new TableColumn("Grid kWh").RightAligned())
            .AddColumn(new TableColumn("Due EUR").RightAligned());
        foreach (var m in summary.Members)
        {
            table.AddRow(
                m.Id,
                Markup.Escape(m.Name),
                m.Role,
                Kwh(m.MeasuredWh),
                Kwh(m.LocalWh),
                Kwh(m.GridWh),
                m.AmountDueEur?.ToString("0.00", CultureInfo.InvariantCulture) ?? "");
        }

        console.Write(table);
        foreach (var (name, wh) in summary.Totals)
        {
            console.MarkupLine($"  {name.Replace("Wh", string.Empty, StringComparison.Ordinal)}: [bold]{Kwh(wh)}[/] kWh");
        }
    }

    private static string Kwh(decimal wh) => (wh / 1000m).ToString("#,0.0", CultureInfo.InvariantCulture);
}

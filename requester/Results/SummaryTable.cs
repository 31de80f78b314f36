using System.Globalization;
using Spectre.Console;

namespace Daisee.Billing.Requester.Results;

/// <summary>
/// Prints a result summary as two narrow tables that fit an 80-column terminal: consumers
/// (kWh local / grid and the amount due) and producers (kWh sold locally / surplus).
/// </summary>
public static class SummaryTable
{
    private const int NameWidth = 22;

    public static void Print(IAnsiConsole console, ResultSummary summary)
    {
        var consumers = NewTable($"{summary.Period} — consumers ({summary.Status})", "Local kWh", "Grid kWh", "Due EUR");
        foreach (var m in summary.Members.Where(m => m.Role != "producer"))
        {
            consumers.AddRow(m.Id, Name(m.Name), Kwh(m.LocalWh), Kwh(m.GridWh), m.AmountDueEur?.ToString("#,0.00", CultureInfo.InvariantCulture) ?? "");
        }

        var producers = NewTable($"{summary.Period} — producers", "Prod. kWh", "Sold kWh", "Surpl. kWh");
        foreach (var m in summary.Members.Where(m => m.Role == "producer"))
        {
            producers.AddRow(m.Id, Name(m.Name), Kwh(m.MeasuredWh), Kwh(m.LocalWh), Kwh(m.GridWh));
        }

        console.Write(consumers);
        console.Write(producers);
        if (summary.Totals is { } t)
        {
            foreach (var (name, wh) in new[]
            {
                ("production", t.ProductionWh), ("autoproduced", t.AutoproducedWh), ("surplus", t.SurplusWh),
                ("consumption", t.ConsumptionWh), ("autoconsumed", t.AutoconsumedWh), ("complement", t.ComplementWh),
            })
            {
                console.MarkupLine($"  {name}: [bold]{Kwh(wh)}[/] kWh");
            }
        }
    }

    private static Table NewTable(string title, params string[] amounts)
    {
        var table = new Table().Title(Markup.Escape(title))
            .AddColumn(new TableColumn("PRM").NoWrap())
            .AddColumn(new TableColumn("Member").NoWrap());
        foreach (var amount in amounts)
        {
            table.AddColumn(new TableColumn(amount).RightAligned().NoWrap());
        }

        return table;
    }

    private static string Name(string name) =>
        Markup.Escape(name.Length <= NameWidth ? name : name[..(NameWidth - 1)] + "…");

    private static string Kwh(decimal wh) => (wh / 1000m).ToString("#,0.0", CultureInfo.InvariantCulture);
}

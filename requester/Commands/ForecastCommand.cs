using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Daisee.Billing.Requester.Runners;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary><c>forecast --month YYYY-MM --dataset …</c>: runs the worker's <c>--forecast</c> mode and shows the month's expected production, consumption and rates.</summary>
public static class ForecastCommand
{
    public static Command Create(IAnsiConsole console, Func<string, IWorkerRunner> runners)
    {
        var month = new Option<string>("--month") { Description = "The month to forecast, YYYY-MM.", Required = true };
        return new PlanningVerb(
            "forecast",
            "Forecast a month: expected production and consumption per member and step, with 10 %/90 % bands, and the collective's rates.",
            [month],
            "the result (default: out/forecast-<month>)",
            parse => Path.Combine("out", $"forecast-{parse.GetRequiredValue(month)}"),
            parse => ["--forecast", "--month", parse.GetRequiredValue(month)],
            RunAsync).Create(console, runners);
    }

    public static async Task<int> RunAsync(IAnsiConsole console, IWorkerRunner runner, RunRequest request, CancellationToken cancellationToken)
    {
        var (document, exit) = await PlanningRun.RunAsync(console, runner, request, "forecast.json", cancellationToken);
        if (document is null)
        {
            return exit;
        }

        using (document)
        {
            var root = document.RootElement;
            var table = new Table().AddColumns("series", "kind", "p10 kWh", "expected kWh", "p90 kWh");
            var collective = root.GetProperty("collective");
            foreach (var kind in new[] { "production", "consumption" })
            {
                Row(table, "collective", kind, collective.GetProperty(kind));
            }

            foreach (var p in root.GetProperty("participants").EnumerateArray())
            {
                Row(table, p.GetProperty("prm").GetString()!, p.GetProperty("kind").GetString()!, p.GetProperty("expected"));
            }

            console.MarkupLine($"Forecast of [bold]{root.GetProperty("period").GetString()}[/], learnt from the history before it:");
            console.Write(table);
            console.MarkupLine($"Expected self-consumption rate {Rate(collective, "selfConsumptionRate")}, coverage rate {Rate(collective, "coverageRate")} (pro-rata use of the expected production).");
            console.MarkupLine($"Per step: [link]{Markup.Escape(Path.GetFullPath(Path.Combine(request.OutputFolder, "forecast.csv")))}[/]");
        }

        return ExitCodes.Ok;
    }

    private static void Row(Table table, string series, string kind, JsonElement totals) => table.AddRow(
        series, kind, Kwh(totals, "p10Kwh"), Kwh(totals, "p50Kwh"), Kwh(totals, "p90Kwh"));

    private static string Kwh(JsonElement totals, string name) => totals.GetProperty(name).GetDecimal().ToString("N1", CultureInfo.InvariantCulture);

    private static string Rate(JsonElement collective, string name) => (collective.GetProperty(name).GetDecimal() * 100m).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}

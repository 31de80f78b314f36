using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Daisee.Billing.Requester.Runners;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// <c>simulate --month YYYY-MM --dataset … [--policies prorata,static,cascade,current]</c>: runs the
/// worker's <c>--simulate</c> mode (the measured month, or the forecast of a month not measured)
/// and shows each policy side by side: local energy, surplus, savings, and per member the local
/// energy, saving and fairness shares.
/// </summary>
public static class SimulateCommand
{
    public static Command Create(IAnsiConsole console, Func<string, IWorkerRunner> runners)
    {
        var month = new Option<string>("--month") { Description = "The month to replay, YYYY-MM (measured, or forecast when not measured).", Required = true };
        var policies = new Option<string>("--policies") { Description = "Comma list of prorata, static, cascade, current.", DefaultValueFactory = _ => "prorata,static,cascade,current" };
        return new PlanningVerb(
            "simulate",
            "Compare key policies on a month: local energy, surplus, each member's saving and fairness.",
            [month, policies],
            "the result, simulation.png and simulation.html (default: out/simulate-<month>)",
            parse => Path.Combine("out", $"simulate-{parse.GetRequiredValue(month)}"),
            parse => ["--simulate", "--month", parse.GetRequiredValue(month), "--policies", parse.GetRequiredValue(policies)],
            RunAsync).Create(console, runners);
    }

    public static async Task<int> RunAsync(IAnsiConsole console, IWorkerRunner runner, RunRequest request, CancellationToken cancellationToken)
    {
        var (document, exit) = await PlanningRun.RunAsync(console, runner, request, "simulation.json", cancellationToken);
        if (document is null)
        {
            return exit;
        }

        using (document)
        {
            var root = document.RootElement;
            var applied = root.GetProperty("policies").EnumerateArray().Where(p => !p.TryGetProperty("problem", out _)).ToList();
            console.MarkupLine($"Policies on [bold]{root.GetProperty("period").GetString()}[/] ({root.GetProperty("curves").GetString()} curves):");
            var summary = new Table().AddColumns("policy", "local kWh", "surplus kWh", "self-consumption", "coverage", "savings €");
            foreach (var p in applied)
            {
                summary.AddRow(Text(p, "policy"), Number(p, "localKwh", "N1"), Number(p, "surplusKwh", "N1"), Percent(p, "selfConsumptionRate"), Percent(p, "coverageRate"), Number(p, "savingEur", "N2"));
            }

            console.Write(summary);
            console.Write(Members(applied));
            foreach (var p in root.GetProperty("policies").EnumerateArray().Where(p => p.TryGetProperty("problem", out _)))
            {
                console.MarkupLine($"[yellow]{Markup.Escape(Text(p, "policy"))} cannot apply:[/] {Markup.Escape(Text(p, "problem"))}");
            }

            SimulationChart.Write(root, request.OutputFolder);
            console.MarkupLine($"Chart: [link]{Markup.Escape(Path.GetFullPath(Path.Combine(request.OutputFolder, SimulationChart.HtmlName)))}[/] (and {SimulationChart.PngName}); details: simulation.json, simulation.csv");
        }

        return ExitCodes.Ok;
    }

    /// <summary>Per consumer and policy: local kWh, saving, local share vs consumption share.</summary>
    private static Table Members(List<JsonElement> policies)
    {
        var table = new Table().AddColumn("member");
        policies.ForEach(p => table.AddColumn($"{Text(p, "policy")}: local kWh / saving € / share local vs cons."));
        var prms = policies.SelectMany(p => p.GetProperty("members").EnumerateArray()).Where(m => Text(m, "role") != "producer").Select(m => Text(m, "prm")).Distinct().Order(StringComparer.Ordinal);
        foreach (var prm in prms)
        {
            var cells = policies.Select(p => p.GetProperty("members").EnumerateArray().FirstOrDefault(m => Text(m, "prm") == prm) is { ValueKind: JsonValueKind.Object } m
                ? $"{Number(m, "localKwh", "N1")} / {(m.TryGetProperty("savingEur", out _) ? Number(m, "savingEur", "N2") : "-")} / {Percent(m, "localShare")} vs {Percent(m, "consumptionShare")}"
                : "-");
            table.AddRow([prm, .. cells]);
        }

        return table;
    }

    private static string Text(JsonElement e, string name) => e.GetProperty(name).GetString() ?? string.Empty;

    private static string Number(JsonElement e, string name, string format) => e.GetProperty(name).GetDecimal().ToString(format, CultureInfo.InvariantCulture);

    private static string Percent(JsonElement e, string name) => (e.GetProperty(name).GetDecimal() * 100m).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}

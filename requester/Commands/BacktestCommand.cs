using System.CommandLine;
using System.Globalization;
using Daisee.Billing.Requester.Runners;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// <c>backtest --dataset … --months 2026-01..2026-12</c>: runs the worker's <c>--backtest</c>
/// mode (each month predicted from the months before it only) and prints the normalised MAE of
/// the model and of each baseline, per series kind, per step and per day.
/// </summary>
public static class BacktestCommand
{
    public static Command Create(IAnsiConsole console, Func<string, IWorkerRunner> runners)
    {
        var months = new Option<string>("--months") { Description = "The months to score: YYYY-MM..YYYY-MM or a comma list.", Required = true };
        return new PlanningVerb(
            "backtest",
            "Measure the forecast's skill: train on the months before each target month, score it, compare with two baselines.",
            [months],
            "backtest.json (default: out/backtest)",
            _ => Path.Combine("out", "backtest"),
            parse => ["--backtest", "--months", parse.GetRequiredValue(months)],
            RunAsync).Create(console, runners);
    }

    public static async Task<int> RunAsync(IAnsiConsole console, IWorkerRunner runner, RunRequest request, CancellationToken cancellationToken)
    {
        var (document, exit) = await PlanningRun.RunAsync(console, runner, request, "backtest.json", cancellationToken);
        if (document is null)
        {
            return exit;
        }

        using (document)
        {
            var root = document.RootElement;
            var table = new Table().AddColumns("method", "kind", "series", "nMAE per step", "nMAE per day");
            foreach (var score in root.GetProperty("overall").EnumerateArray())
            {
                table.AddRow(
                    score.GetProperty("method").GetString()!,
                    score.GetProperty("kind").GetString()!,
                    score.GetProperty("series").GetInt32().ToString(CultureInfo.InvariantCulture),
                    Percent(score.GetProperty("nmaeStep").GetDecimal()),
                    Percent(score.GetProperty("nmaeDay").GetDecimal()));
            }

            var scored = string.Join(", ", root.GetProperty("months").EnumerateArray().Select(m => m.GetString()));
            console.MarkupLine($"Backtest of {Markup.Escape(scored)} (normalised MAE = MAE / mean, lower is better):");
            console.Write(table);
            foreach (var skipped in root.GetProperty("skipped").EnumerateArray())
            {
                console.MarkupLine($"[yellow]skipped[/] {Markup.Escape(skipped.GetString()!)}");
            }

            console.MarkupLine($"Details per month: [link]{Markup.Escape(Path.GetFullPath(Path.Combine(request.OutputFolder, "backtest.json")))}[/]");
        }

        return ExitCodes.Ok;
    }

    private static string Percent(decimal ratio) => (ratio * 100m).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}

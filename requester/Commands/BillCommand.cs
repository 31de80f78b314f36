using System.CommandLine;
using System.Text.RegularExpressions;
using Daisee.Billing.Requester.Results;
using Daisee.Billing.Requester.Runners;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary><c>bill --month YYYY-MM</c>: runs the worker on a dataset with the chosen runner, then shows each member's bill.</summary>
public static partial class BillCommand
{
    public static Command Create(IAnsiConsole console, Func<string, IWorkerRunner> runners)
    {
        var month = new Option<string>("--month") { Description = "The month to bill, YYYY-MM (e.g. 2026-06).", Required = true };
        month.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string>();
            if (value is null || !MonthPattern().IsMatch(value))
            {
                r.AddError($"--month must be YYYY-MM (e.g. 2026-06); got '{value}'.");
            }
        });
        var dataset = new Option<string>("--dataset") { Description = "The dataset: a folder with collective.json and curves/, or its zip.", Required = true };
        var output = new Option<string?>("--out") { Description = "Where the result goes (default: out/<month>)." };
        var runner = new Option<string>("--runner") { Description = "Where the worker runs.", DefaultValueFactory = _ => "local" };
        runner.AcceptOnlyFromAmong(RunnerNames.All);

        var command = new Command("bill", "Bill one month of the collective: run the worker and show each member's bill.") { month, dataset, output, runner };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var m = parse.GetRequiredValue(month);
            var request = new RunRequest(parse.GetRequiredValue(dataset), parse.GetValue(output) ?? Path.Combine("out", m), ["--month", m]);
            return await RunAsync(console, runners(parse.GetRequiredValue(runner)), request, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(IAnsiConsole console, IWorkerRunner runner, RunRequest request, CancellationToken cancellationToken)
    {
        RunResult result = null!;
        await console.Status().StartAsync($"Running the worker ({runner.Name}) on {request.Dataset}…", async _ =>
            result = await runner.RunAsync(request, cancellationToken));
        if (result.ExitCode == ExitCodes.VerificationFailed)
        {
            console.MarkupLine("[red]The result did not verify against its manifest or the chain: nothing was written.[/]");
            console.WriteLine(result.StandardError);
            return ExitCodes.VerificationFailed;
        }

        if (result.ExitCode != 0 || !File.Exists(Path.Combine(result.OutputFolder, "summary.json")))
        {
            console.MarkupLine($"[red]The worker failed (exit code {result.ExitCode}).[/] Its error output:");
            console.WriteLine(result.StandardError);
            return ExitCodes.Failure;
        }

        var summary = ResultSummary.Read(result.OutputFolder);
        SummaryTable.Print(console, summary);
        console.MarkupLine($"Result: [link]{Markup.Escape(Path.GetFullPath(result.OutputFolder))}[/]");
        if (summary.Error is not null)
        {
            console.MarkupLine($"[red]Input rejected:[/] {Markup.Escape(summary.Error)}");
            console.MarkupLine("Fix what conformity.csv lists, then run the same command again.");
            return ExitCodes.Rejected;
        }

        return ExitCodes.Ok;
    }

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();
}

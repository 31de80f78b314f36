using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Governance;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Results;
using Daisee.Billing.Requester.Runners;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// <c>bill --month YYYY-MM</c>: runs the worker on a dataset with the chosen runner, then shows each member's bill.
/// The result goes to a staging folder first: an <c>--out</c> folder already holding another result (a different
/// manifest) is left untouched unless <c>--force</c>. On iExec with a collective configured (<see cref="BillAnchoring"/>), rules not
/// approved for the month are refused before anything is bought, and the verified result is anchored (<c>--no-anchor</c> skips it).
/// </summary>
public static partial class BillCommand
{
    public static Command Create(IAnsiConsole console, Func<string, IWorkerRunner> runners) =>
        Create(console, runners, () => IexecOptions.FromEnvironment(Environment.GetEnvironmentVariable), Environment.GetEnvironmentVariable);

    public static Command Create(IAnsiConsole console, Func<string, IWorkerRunner> runners, Func<IexecOptions> options, Func<string, string?> environment)
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
        var timeout = new Option<TimeSpan?>("--timeout")
        {
            Description = "iexec: how long to wait for the task, e.g. 90s, 30m, 2h (default: until its final deadline, 10 × the category's time reference).",
            CustomParser = r => ParseDuration(r.Tokens.Single().Value) is { } d ? d : FailDuration(r),
        };
        var newDeal = new Option<bool>("--new-deal") { Description = "iexec: buy a new deal even if this bill already has one (pays the task's price again)." };
        var force = new Option<bool>("--force") { Description = "Replace what --out holds even when it is another result." };
        var noAnchor = new Option<bool>("--no-anchor") { Description = "iexec: do not anchor the verified result on the collective (the rules are still checked)." };
        var collective = CollectiveCommand.AddressOption();

        var command = new Command("bill", "Bill one month of the collective: run the worker and show each member's bill.") { month, dataset, output, runner, timeout, newDeal, force, noAnchor, collective };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var m = parse.GetRequiredValue(month);
            var (d, o, r) = (parse.GetRequiredValue(dataset), parse.GetValue(output) ?? Path.Combine("out", m), parse.GetRequiredValue(runner));
            var request = new RunRequest(d, o, ["--month", m])
            {
                Timeout = parse.GetValue(timeout),
                NewDeal = parse.GetValue(newDeal),
                ResumeCommand = $"daisee-request bill --month {m} --dataset {Quote(d)} --out {Quote(o)} --runner {r}",
            };
            var anchoring = BillAnchoring.For(console, r, options, environment, parse.GetValue(collective), !parse.GetValue(noAnchor));
            return await RunAsync(console, runners(r), request, parse.GetValue(force), anchoring, cancellationToken);
        });
        return command;
    }

    public static Task<int> RunAsync(IAnsiConsole console, IWorkerRunner runner, RunRequest request, CancellationToken cancellationToken) =>
        RunAsync(console, runner, request, force: false, cancellationToken);

    public static Task<int> RunAsync(IAnsiConsole console, IWorkerRunner runner, RunRequest request, bool force, CancellationToken cancellationToken) =>
        RunAsync(console, runner, request, force, null, cancellationToken);

    public static async Task<int> RunAsync(IAnsiConsole console, IWorkerRunner runner, RunRequest request, bool force, BillAnchoring? anchoring, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(request);
        var period = anchoring is null ? 0u : PeriodOf(request);
        if (anchoring is not null && !await anchoring.CheckRulesAsync(console, request.Dataset, period, cancellationToken))
        {
            return ExitCodes.VerificationFailed;
        }

        var target = OutputFolder.Prepare(request.OutputFolder);
        RunResult result = null!;
        await console.Status().StartAsync($"Running the worker ({runner.Name}) on {request.Dataset}…", async _ =>
            result = await runner.RunAsync(request with { OutputFolder = target.Staging }, cancellationToken));
        var failed = Failure(console, result);
        if (failed is not null)
        {
            target.Discard();
            return failed.Value;
        }

        if (!target.Commit(force, out var refusal))
        {
            console.MarkupLine($"[red]{Markup.Escape(refusal)}[/]");
            return ExitCodes.Usage;
        }

        var summary = ResultSummary.Read(request.OutputFolder);
        SummaryTable.Print(console, summary);
        console.MarkupLine($"Result: [link]{Markup.Escape(Path.GetFullPath(request.OutputFolder))}[/]");
        if (summary.Error is not null)
        {
            console.MarkupLine($"[red]Input rejected:[/] {Markup.Escape(summary.Error)}");
            console.MarkupLine("Fix what conformity.csv lists, then run the same command again.");
            return ExitCodes.Rejected;
        }

        return anchoring is not null && result.TaskId is { } task
            ? await anchoring.AnchorAsync(console, request.Dataset, period, Hash32.Parse(task), cancellationToken)
            : ExitCodes.Ok;
    }

    /// <summary>The month of <c>--month</c> in the request's arguments, as the contract's YYYYMM.</summary>
    private static uint PeriodOf(RunRequest request)
    {
        var index = request.Arguments.IndexOf("--month");
        return index >= 0 && index + 1 < request.Arguments.Length && Period.TryParse(request.Arguments[index + 1], out var period)
            ? period
            : throw new InvalidOperationException("The bill has no --month YYYY-MM to check the collective's rules for.");
    }

    /// <summary>Prints why the run gave no usable result and returns its exit code; null when it gave one.</summary>
    private static int? Failure(IAnsiConsole console, RunResult result)
    {
        switch (result.ExitCode)
        {
            case ExitCodes.Interrupted:
                console.MarkupLine($"[yellow]{Markup.Escape(result.StandardError)}[/]");
                return ExitCodes.Interrupted;
            case ExitCodes.VerificationFailed:
                console.MarkupLine("[red]The result did not verify against its manifest or the chain: nothing was written.[/]");
                console.WriteLine(result.StandardError);
                return ExitCodes.VerificationFailed;
        }

        if (result.Step is { } step)
        {
            console.MarkupLine($"[red]iExec step '{Markup.Escape(step)}' failed:[/] {Markup.Escape(result.StandardError)}");
            return ExitCodes.Failure;
        }

        if (result.ExitCode != 0 || !File.Exists(Path.Combine(result.OutputFolder, "summary.json")))
        {
            console.MarkupLine($"[red]The worker failed (exit code {result.ExitCode}).[/] Its error output:");
            console.WriteLine(result.StandardError);
            return ExitCodes.Failure;
        }

        return null;
    }

    /// <summary>90s, 30m, 2h, or a number of seconds.</summary>
    private static TimeSpan? ParseDuration(string text)
    {
        var (number, unit) = text.Length > 1 && char.IsAsciiLetter(text[^1]) ? (text[..^1], text[^1]) : (text, 's');
        if (!long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is <= 0 or > 10_000_000)
        {
            return null;
        }

        return unit switch { 's' => TimeSpan.FromSeconds(n), 'm' => TimeSpan.FromMinutes(n), 'h' => TimeSpan.FromHours(n), _ => null };
    }

    private static TimeSpan? FailDuration(System.CommandLine.Parsing.ArgumentResult result)
    {
        result.AddError($"--timeout must be a duration such as 90s, 30m or 2h; got '{result.Tokens.Single().Value}'.");
        return null;
    }

    private static string Quote(string text) => text.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '$') ? "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'" : text;

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();
}

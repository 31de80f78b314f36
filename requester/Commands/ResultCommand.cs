using System.CommandLine;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Results;
using Daisee.Billing.Requester.Runners;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// <c>result pull &lt;taskid&gt; [--out folder]</c>: downloads a COMPLETED task's result from the IPFS
/// gateway, verifies it against the on-chain digest, and only then unpacks it and shows the bills.
/// </summary>
public static class ResultCommand
{
    public static Command Create(IAnsiConsole console, Func<IexecOptions> options)
    {
        var task = new Argument<string>("taskid") { Description = "The task id (0x…), as bill --runner iexec prints it." };
        var output = new Option<string?>("--out") { Description = "Where the verified result goes (default: out/<taskid>)." };
        var pull = new Command("pull", "Download a task's result, verify it against the chain, unpack it and show the bills.") { task, output };
        pull.SetAction(async (parse, cancellationToken) =>
        {
            var text = parse.GetRequiredValue(task);
            if (!Hash32.TryParse(text, out var taskId))
            {
                console.MarkupLine($"[red]The task id must be 0x + 64 hex digits; got '{Markup.Escape(text)}'.[/]");
                return ExitCodes.Usage;
            }

            var (_, results) = await options().ConnectReadOnlyAsync(IexecHttp.Client, cancellationToken);
            return await PullAsync(console, results, taskId, parse.GetValue(output) ?? Path.Combine("out", taskId.ToString()), cancellationToken);
        });
        return new Command("result", "Results of iExec tasks.") { pull };
    }

    /// <summary>Pulls, verifies, writes and shows; returns the exit code.</summary>
    public static async Task<int> PullAsync(IAnsiConsole console, ResultDownloader results, Hash32 taskId, string outputFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var run = await IexecRunner.PullAsync(results, taskId, outputFolder, cancellationToken);
        if (run.ExitCode != ExitCodes.Ok)
        {
            console.MarkupLine($"[red]{Markup.Escape(run.StandardError)}[/]");
            return run.ExitCode;
        }

        console.MarkupLine(Markup.Escape(run.StandardOutput));
        if (File.Exists(Path.Combine(outputFolder, "summary.json")))
        {
            SummaryTable.Print(console, ResultSummary.Read(outputFolder));
        }

        console.MarkupLine($"Result: [link]{Markup.Escape(Path.GetFullPath(outputFolder))}[/]");
        return ExitCodes.Ok;
    }
}

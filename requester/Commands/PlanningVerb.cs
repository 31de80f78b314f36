using System.CommandLine;
using Daisee.Billing.Requester.Runners;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// What the planning verbs (forecast, backtest, simulate, keys suggest) share: the
/// <c>--dataset</c>, <c>--out</c> and <c>--runner</c> options, and an action that builds the
/// worker's <see cref="RunRequest"/> and hands it with the chosen runner to the verb's
/// <see cref="Show"/>. Each verb only names its own options, its worker arguments and its
/// default output folder.
/// </summary>
/// <param name="Name">The verb.</param>
/// <param name="Description">Its help text.</param>
/// <param name="Options">The verb's own options (its period first), shown before the shared ones.</param>
/// <param name="OutputHint">What <c>--out</c> receives and its default, for the help text (e.g. "the result (default: out/forecast-&lt;month&gt;)").</param>
/// <param name="DefaultOutput">The output folder when <c>--out</c> is not given.</param>
/// <param name="WorkerArguments">The worker's <c>iexec_args</c> (its planning mode and flags).</param>
/// <param name="Show">Runs the request and shows its result; returns the exit code.</param>
public sealed record PlanningVerb(
    string Name,
    string Description,
    IReadOnlyList<Option> Options,
    string OutputHint,
    Func<ParseResult, string> DefaultOutput,
    Func<ParseResult, IReadOnlyList<string>> WorkerArguments,
    Func<IAnsiConsole, IWorkerRunner, RunRequest, CancellationToken, Task<int>> Show)
{
    public Command Create(IAnsiConsole console, Func<string, IWorkerRunner> runners)
    {
        var dataset = new Option<string>("--dataset") { Description = "The dataset with the history: a folder with collective.json and curves/, or its zip.", Required = true };
        var output = new Option<string?>("--out") { Description = $"Where {OutputHint} goes." };
        var runner = new Option<string>("--runner") { Description = "Where the worker runs.", DefaultValueFactory = _ => "local" };
        runner.AcceptOnlyFromAmong(RunnerNames.All);
        var command = new Command(Name, Description);
        foreach (var option in Options.Take(1).Append(dataset).Concat(Options.Skip(1)).Append(output).Append(runner))
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new RunRequest(parse.GetRequiredValue(dataset), parse.GetValue(output) ?? DefaultOutput(parse), [.. WorkerArguments(parse)]);
            return await Show(console, runners(parse.GetRequiredValue(runner)), request, cancellationToken);
        });
        return command;
    }
}

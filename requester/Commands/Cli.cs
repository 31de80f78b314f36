using System.CommandLine;
using System.CommandLine.Invocation;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Runners;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// The whole command line of <c>daisee-request</c>: every verb, and how any invocation ends. Parser
/// errors exit <see cref="ExitCodes.Usage"/>, Ctrl+C <see cref="ExitCodes.Interrupted"/>, a broken
/// environment <see cref="ExitCodes.Failure"/> with a one-line message, never a stack trace.
/// </summary>
public static class Cli
{
    /// <summary>The root command with every verb, configured from <paramref name="environment"/>.</summary>
    public static RootCommand Create(IAnsiConsole console, Func<string, string?> environment)
    {
        IexecOptions Iexec() => IexecOptions.FromEnvironment(environment);
        return new RootCommand("daisee-request — the provider's tool for Daisee.Billing: bill a month of collective self-consumption, locally, in Docker or on iExec.")
        {
            BillCommand.Create(console, RunnerNames.Create, Iexec, environment),
            VerifyCommand.Create(console, Iexec),
            ResultCommand.Create(console, Iexec),
            ClaimCommand.Create(console, Iexec),
            WalletCommand.Create(console, environment),
            AccountCommand.Create(console, Iexec),
            AppCommand.Create(console, Iexec),
            DatasetCommand.Create(console, Iexec),
            OrderCommand.Create(console, Iexec),
            DevchainCommand.Create(console),
            KeysCommand.Create(console, RunnerNames.Create),
            ForecastCommand.Create(console, RunnerNames.Create),
            BacktestCommand.Create(console, RunnerNames.Create),
            SimulateCommand.Create(console, RunnerNames.Create),
            CollectiveCommand.Create(console, Iexec, environment),
            MemberCommand.Create(console, Iexec, environment),
            RulesCommand.Create(console, Iexec, environment),
            AnchorCommand.CreateAnchor(console, Iexec, environment),
            AnchorCommand.CreateSupersede(console, Iexec, environment),
        };
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(RootCommand root, IReadOnlyList<string> args, IAnsiConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(console);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors)
            {
                console.MarkupLine($"[red]daisee-request:[/] {Markup.Escape(error.Message)}");
            }

            var names = new List<string>();
            for (var result = parse.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
            {
                names.Insert(0, result.Command.Name);
            }

            console.MarkupLine(Markup.Escape($"Run `{string.Join(' ', names.Prepend("daisee-request").Append("--help"))}` for the usage."));
            return ExitCodes.Usage;
        }

        try
        {
            // Our catches below print one line instead of System.CommandLine's stack trace.
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (OperationCanceledException e) when (e.InnerException is not TimeoutException)
        {
            console.MarkupLine("[yellow]Interrupted.[/]");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException or HttpRequestException
            or TransactionRevertedException or TimeoutException or OperationCanceledException)
        {
            console.MarkupLine($"[red]daisee-request:[/] {Markup.Escape(e.Message)}");
            return ExitCodes.Failure;
        }
    }
}

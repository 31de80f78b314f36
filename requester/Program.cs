using System.CommandLine;
using System.CommandLine.Invocation;
using Daisee.Billing.Requester;
using Daisee.Billing.Requester.Commands;
using Daisee.Billing.Requester.Runners;
using Spectre.Console;

var console = AnsiConsole.Console;
var root = new RootCommand("daisee-request — the provider's tool for Daisee.Billing: bill a month of collective self-consumption, locally, in Docker or on iExec.")
{
    BillCommand.Create(console, RunnerNames.Create),
    VerifyCommand.Create(console, IexecEnvironment),
    ResultCommand.Create(console, IexecEnvironment),
    WalletCommand.Create(console, Environment.GetEnvironmentVariable),
    AccountCommand.Create(console, IexecEnvironment),
    AppCommand.Create(console, IexecEnvironment),
    DatasetCommand.Create(console, IexecEnvironment),
    OrderCommand.Create(console, IexecEnvironment),
    DevchainCommand.Create(console),
};

try
{
    // Our catch below prints a one-line message instead of System.CommandLine's stack trace.
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException or HttpRequestException
    or Daisee.Billing.Requester.Iexec.TransactionRevertedException)
{
    console.MarkupLine($"[red]daisee-request:[/] {Markup.Escape(e.Message)}");
    return ExitCodes.Failure;
}

static Daisee.Billing.Requester.Iexec.IexecOptions IexecEnvironment() => Daisee.Billing.Requester.Iexec.IexecOptions.FromEnvironment(Environment.GetEnvironmentVariable);

using System.CommandLine;
using System.Globalization;
using System.Numerics;
using Daisee.Billing.Requester.Chain;
using Nethereum.Signer;
using Daisee.Billing.Requester.Chain.Orders;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Journal;
using Spectre.Console;
using TaskStatus = Daisee.Billing.Requester.Iexec.TaskStatus;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// <c>claim --task 0x… [--deal 0x…]</c>: ends a task past its final deadline without a result. The task becomes
/// FAILED and the price locked at match time returns to the sponsor's escrow. A task no scheduler ever started
/// is initialised and claimed in one transaction; its deal comes from <c>--deal</c> or the bill journal.
/// </summary>
public static class ClaimCommand
{
    /// <summary>The deals of one request order hold at most this many tasks: a task id is searched among them.</summary>
    private const int MaxTasksSearched = 1000;

    public static Command Create(IAnsiConsole console, Func<IexecOptions> options)
    {
        var task = new Option<string>("--task") { Description = "The task id (0x…), as bill prints it.", Required = true };
        var deal = new Option<string?>("--deal") { Description = "Its deal id (0x…), needed only for a task never started when the bill journal does not know it." };
        task.Validators.Add(r => RequireHash(r, "--task"));
        deal.Validators.Add(r => RequireHash(r, "--deal"));
        var command = new Command("claim", "Refund a task past its final deadline (its price returns to your escrow).") { task, deal };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var o = options();
            var (poco, key) = await o.ConnectSignerAsync(IexecHttp.Client, () => AppCommand.AskPassword(console), cancellationToken);
            var deals = new DealTracker(poco);
            var journal = BillJournal.For(BillJournal.Folder(Environment.GetEnvironmentVariable), key.Address.ToString());
            var dealId = parse.GetValue(deal) is { } d ? Hash32.Parse(d) : (Hash32?)null;
            return await RunAsync(console, poco, deals, key, Hash32.Parse(parse.GetRequiredValue(task)), dealId, journal, cancellationToken);
        });
        return command;
    }

    /// <summary>Claims <paramref name="taskId"/> if its final deadline has passed; returns the exit code.</summary>
    public static async Task<int> RunAsync(
        IAnsiConsole console, PocoClient poco, DealTracker deals, EthECKey sender, Hash32 taskId, Hash32? dealId, BillJournal? journal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(poco);
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(sender);
        var task = await poco.ViewTaskAsync(taskId, cancellationToken);
        switch (task.Status)
        {
            case TaskStatus.Completed:
                console.MarkupLine($"Task {taskId} is COMPLETED: nothing to claim. `daisee-request result pull {taskId}` fetches its result.");
                return ExitCodes.Failure;
            case TaskStatus.Failed:
                console.MarkupLine($"Task {taskId} is already FAILED (claimed): its price was refunded.");
                return ExitCodes.Ok;
        }

        var started = task.Status != TaskStatus.Unset;
        var deal = started ? task.DealId : dealId ?? (journal?.FindTask(taskId.ToString()) is { } entry ? Hash32.Parse(entry.DealId) : null);
        if (deal is not { } id)
        {
            console.MarkupLine($"[red]Task {Markup.Escape(taskId.ToString())} was never started and its deal is unknown here:[/] give --deal 0x… (bill printed it).");
            return ExitCodes.Usage;
        }

        var view = await deals.ViewDealAsync(id, cancellationToken);
        var index = IndexOf(view, taskId);
        if (!view.Exists || index is null)
        {
            console.MarkupLine($"[red]Task {taskId} is not a task of deal {id}.[/]");
            return ExitCodes.Failure;
        }

        return await ClaimAsync(console, poco, deals, sender, view, taskId, index.Value, started, cancellationToken);
    }

    private static async Task<int> ClaimAsync(
        IAnsiConsole console, PocoClient poco, DealTracker deals, EthECKey sender, DealView deal, Hash32 taskId, BigInteger index, bool started, CancellationToken cancellationToken)
    {
        var deadline = deal.StartTime + (await deals.WorkClockTimeRefAsync(deal.Category, cancellationToken) * Runners.IexecTaskWait.FinalDeadlineRatio);
        var now = await deals.ChainTimeAsync(cancellationToken);
        if (now < deadline)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"[yellow]Task {taskId} can be claimed from chain time {deadline}, in {deadline - now} s:[/] until then a worker may still deliver it. Run the same command then."));
            return ExitCodes.Failure;
        }

        var (stakeBefore, lockedBefore) = await poco.ViewAccountAsync(deal.Requester, cancellationToken);
        var outcome = await deals.ClaimAsync(sender, deal.DealId, index, started, cancellationToken);
        var (stakeAfter, lockedAfter) = await poco.ViewAccountAsync(deal.Requester, cancellationToken);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[green]Claimed[/] task {taskId} (transaction {outcome.Hash}): FAILED, {deal.AppPrice + deal.DatasetPrice + deal.WorkerpoolPrice} nRLC refunded to the escrow of {deal.Requester} (stake {stakeBefore} → {stakeAfter}, locked {lockedBefore} → {lockedAfter})."));
        return ExitCodes.Ok;
    }

    private static BigInteger? IndexOf(DealView deal, Hash32 taskId)
    {
        for (var i = deal.BotFirst; i < deal.BotFirst + BigInteger.Min(deal.BotSize, MaxTasksSearched); i++)
        {
            if (IexecIds.TaskId(deal.DealId, i) == taskId)
            {
                return i;
            }
        }

        return null;
    }

    private static void RequireHash(System.CommandLine.Parsing.OptionResult result, string name)
    {
        if (result.GetValueOrDefault<string?>() is { } text && !Hash32.TryParse(text, out _))
        {
            result.AddError($"{name} must be 0x + 64 hex digits; got '{text}'.");
        }
    }
}

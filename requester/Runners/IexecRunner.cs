using System.Security.Cryptography;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Datasets;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Journal;
using Spectre.Console;

namespace Daisee.Billing.Requester.Runners;

/// <summary>
/// Runs the worker on iExec, paying at most once per bill. It packs the dataset and looks for a deal already
/// bought for this wallet, chain, app, <c>iexec_args</c> and dataset bytes — first in the
/// <see cref="BillJournal"/>, then in the hub's <c>OrdersMatched</c> logs — and follows it; only when there
/// is none (or <see cref="RunRequest.NewDeal"/>) it buys one (<see cref="IexecPurchase"/>). It then waits
/// for the task (until its final deadline, or <see cref="RunRequest.Timeout"/>), downloads the result and
/// verifies it against the on-chain digest. Only a verified result is written; a refused one exits
/// <see cref="ExitCodes.VerificationFailed"/>. Ctrl+C exits <see cref="ExitCodes.Interrupted"/> naming the task.
/// </summary>
public sealed class IexecRunner(Func<CancellationToken, Task<IexecSession>> connect, IAnsiConsole console, string? journalFolder = null) : IWorkerRunner
{
    /// <inheritdoc />
    public string Name => "iexec";

    /// <summary>
    /// The runner <c>--runner iexec</c> builds from the environment (<see cref="IexecOptions"/>). The wallet
    /// password is asked now, before the status display starts, unless DAISEE_WALLET_PASSWORD is set.
    /// </summary>
    public static IexecRunner FromEnvironment(IAnsiConsole console)
    {
        var options = IexecOptions.FromEnvironment(Environment.GetEnvironmentVariable);
        var password = options.Password ?? console.Prompt(new TextPrompt<string>($"Password of the wallet {Markup.Escape(options.Wallet)}:").Secret());
        return new IexecRunner(ct => IexecConnection.ConnectAsync(options with { Password = password }, IexecHttp.Client, ct), console,
            BillJournal.Folder(Environment.GetEnvironmentVariable));
    }

    /// <inheritdoc />
    public async Task<RunResult> RunAsync(RunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var progress = new IexecProgress();
        IexecSession? session = null;
        try
        {
            session = await connect(cancellationToken);
            return await RunAsync(session, request, progress, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Interrupted(request, progress);
        }
        catch (Exception e) when (e is IexecStepException or TransactionRevertedException or HttpRequestException or InvalidOperationException
            or TimeoutException or IOException or FormatException or OperationCanceledException)
        {
            var step = (e as IexecStepException)?.Step ?? progress.Step;
            var resume = request.ResumeCommand is not { } command ? string.Empty
                : progress.Paid ? $"{Environment.NewLine}The deal is paid: `{command}` follows it (nothing is bought again)."
                : step == IexecPurchase.MatchStep ? $"{Environment.NewLine}matchOrders may have gone through: `{command}` finds that deal and follows it (nothing is paid twice)."
                : string.Empty;
            var message = session is null ? e.Message : IexecStepException.Explain(e, session.Requester.Address, session.Poco.Node.ChainId);
            return new RunResult(ExitCodes.Failure, request.OutputFolder, string.Empty, message + resume) { Step = step, TaskId = progress.TaskId };
        }
    }

    /// <summary>Pulls, verifies and (only if valid) writes the result of <paramref name="taskId"/>.</summary>
    public static async Task<RunResult> PullAsync(ResultDownloader results, Hash32 taskId, string outputFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        var pulled = await results.PullAsync(taskId, cancellationToken);
        if (!pulled.Report.IsValid)
        {
            var problems = string.Join(Environment.NewLine, pulled.Report.Problems.Select(p => "  - " + p));
            return new RunResult(ExitCodes.VerificationFailed, outputFolder, string.Empty,
                $"The result of task {taskId} ({pulled.Location}) failed verification and was not written:{Environment.NewLine}{problems}") { TaskId = taskId.ToString() };
        }

        pulled.Files.WriteTo(outputFolder);
        return new RunResult(ExitCodes.Ok, outputFolder, $"Result of task {taskId} verified: resultDigest {pulled.Report.Digest}.", string.Empty) { TaskId = taskId.ToString() };
    }

    private async Task<RunResult> RunAsync(IexecSession session, RunRequest request, IexecProgress progress, CancellationToken cancellationToken)
    {
        var deals = new DealTracker(session.Poco);
        progress.Step = "check the chain and the wallet";
        await IexecPreflight.CheckAsync(session, deals, cancellationToken);
        var journal = BillJournal.For(journalFolder ?? BillJournal.Folder(Environment.GetEnvironmentVariable), session.Requester.Address.ToString());
        progress.Step = "pack the dataset";
        var packed = await PackAsync(request.Dataset, cancellationToken);
        var key = new JournalEntry(deals.ChainId.ToString(System.Globalization.CultureInfo.InvariantCulture), deals.Hub.ToString(), session.Settings.App.ToString(),
            string.Join(' ', request.Arguments), Convert.ToHexStringLower(SHA256.HashData(packed)), string.Empty, string.Empty, string.Empty, string.Empty);
        progress.Step = "look for a deal already bought";
        var entry = request.NewDeal ? null : await FindAsync(session, deals, journal, key, cancellationToken);
        if (entry is null)
        {
            if (request.NewDeal)
            {
                console.MarkupLine("[yellow]--new-deal: buying a new deal; it costs the task's price again, on top of any deal already bought for this bill.[/]");
            }

            entry = await new IexecPurchase(session, deals, journal, console, IexecHttp.Client).FindOrBuyAsync(key, packed, progress, !request.NewDeal, cancellationToken);
        }

        return await FollowAsync(session, deals, journal, entry, request, progress, cancellationToken);
    }

    /// <summary>The deal the journal holds for this bill, if it exists on chain (the hub's logs are searched later, once the dataset address is known).</summary>
    private async Task<JournalEntry?> FindAsync(IexecSession session, DealTracker deals, BillJournal journal, JournalEntry key, CancellationToken cancellationToken)
    {
        if (journal.Find(key) is not { State: not JournalEntry.Failed } known || !(await deals.ViewDealAsync(Hash32.Parse(known.DealId), cancellationToken)).Exists)
        {
            return null;
        }

        if ((await session.Poco.ViewTaskAsync(Hash32.Parse(known.TaskId), cancellationToken)).Status == Iexec.TaskStatus.Failed)
        {
            console.MarkupLine($"Deal [blue]{known.DealId}[/] of this bill FAILED and was refunded: buying a new one.");
            Record(journal, known with { State = JournalEntry.Failed });
            return null;
        }

        console.MarkupLine($"Deal [blue]{known.DealId}[/] was already bought for this bill ({Markup.Escape(journal.Path)}): following it, nothing is paid again.");
        return known.State == JournalEntry.Matching ? Record(journal, known with { State = JournalEntry.Matched }) : known;
    }

    private async Task<RunResult> FollowAsync(
        IexecSession session, DealTracker deals, BillJournal journal, JournalEntry entry, RunRequest request, IexecProgress progress, CancellationToken cancellationToken)
    {
        (progress.TaskId, progress.Paid, progress.Step) = (entry.TaskId, true, "wait for the task");
        console.MarkupLine($"Deal [blue]{entry.DealId}[/], task [blue]{entry.TaskId}[/].");
        var taskId = Hash32.Parse(entry.TaskId);
        var status = await new IexecTaskWait(session, deals, console).WaitAsync(Hash32.Parse(entry.DealId), taskId, request.Timeout, cancellationToken);
        if (status == Iexec.TaskStatus.Failed)
        {
            journal.Write(entry with { State = JournalEntry.Failed });
            throw new IexecStepException(progress.Step, $"Task {taskId} FAILED (claimed after its deadline): the escrow was refunded; run the same command again to buy a new deal.");
        }

        progress.Step = "download and verify the result";
        var result = await PullAsync(session.Results, taskId, request.OutputFolder, cancellationToken);
        if (result.ExitCode == ExitCodes.Ok)
        {
            journal.Write(entry with { State = JournalEntry.Completed });
        }

        return result;
    }

    private static JournalEntry Record(BillJournal journal, JournalEntry entry)
    {
        journal.Write(entry);
        return entry;
    }

    private static RunResult Interrupted(RunRequest request, IexecProgress progress)
    {
        var resume = request.ResumeCommand ?? "the same bill command";
        var message = progress.TaskId is { } task && progress.Paid
            ? $"Interrupted while waiting: task {task} keeps running on chain (already paid). Run the same command again to follow it: {resume}"
            : progress.Step == IexecPurchase.MatchStep
                ? $"Interrupted while matchOrders was under way: the deal may exist. Run the same command again, it finds it and follows it (nothing is paid twice): {resume}"
                : $"Interrupted during '{progress.Step}', before any deal was bought. Run the same command again: {resume}";
        return new RunResult(ExitCodes.Interrupted, request.OutputFolder, string.Empty, message) { TaskId = progress.TaskId, Step = progress.Step };
    }

    private static async Task<byte[]> PackAsync(string datasetPath, CancellationToken cancellationToken)
    {
        if (File.Exists(datasetPath))
        {
            return await File.ReadAllBytesAsync(datasetPath, cancellationToken);
        }

        if (!Directory.Exists(datasetPath))
        {
            throw new DirectoryNotFoundException($"The dataset '{datasetPath}' is neither a folder nor a zip file.");
        }

        using var zip = new MemoryStream();
        await DatasetPackager.WriteAsync(datasetPath, zip, cancellationToken);
        return zip.ToArray();
    }
}

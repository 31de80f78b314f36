using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Iexec;
using Spectre.Console;
using TaskStatus = Daisee.Billing.Requester.Iexec.TaskStatus;

namespace Daisee.Billing.Requester.Runners;

/// <summary>
/// Waits for a task: polls <c>viewTask</c> until COMPLETED or FAILED, at most <c>--timeout</c> (default: until the
/// deal's final deadline, start + <see cref="FinalDeadlineRatio"/> × the category's <c>workClockTimeRef</c>, in
/// chain time). A task past its final deadline without a result is claimable: the message says how.
/// </summary>
public sealed class IexecTaskWait(IexecSession session, DealTracker deals, IAnsiConsole console)
{
    /// <summary>PoCo's FINAL_DEADLINE_RATIO: a task's final deadline is its deal's start plus 10 time references.</summary>
    public const int FinalDeadlineRatio = 10;

    /// <summary>Returns COMPLETED or FAILED; throws when the wait ends first.</summary>
    public async Task<TaskStatus> WaitAsync(Hash32 dealId, Hash32 taskId, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var deal = await deals.ViewDealAsync(dealId, cancellationToken);
        var timeRef = await deals.WorkClockTimeRefAsync(deal.Category, cancellationToken);
        var finalDeadline = deal.StartTime + (timeRef * FinalDeadlineRatio);
        var limit = timeout ?? (session.Settings.Timeout != Timeout.InfiniteTimeSpan ? session.Settings.Timeout
            : TimeSpan.FromSeconds((double)BigInteger.Max(BigInteger.Zero, finalDeadline - await deals.ChainTimeAsync(cancellationToken)) + 1));

        // A monotonic stopwatch, not the wall clock: the wait is a duration, never a date.
        var waited = Stopwatch.StartNew();
        var last = (TaskStatus)(-1);
        while (true)
        {
            var task = await session.Poco.ViewTaskAsync(taskId, cancellationToken);
            if (task.Status != last)
            {
                last = task.Status;
                console.MarkupLine($"Task {taskId}: [yellow]{Name(task.Status)}[/]");
            }

            if (task.Status is TaskStatus.Completed or TaskStatus.Failed)
            {
                return task.Status;
            }

            if (await deals.ChainTimeAsync(cancellationToken) >= finalDeadline)
            {
                throw new IexecStepException("wait for the task", string.Create(CultureInfo.InvariantCulture,
                    $"Task {taskId} is {Name(task.Status)} past its final deadline (chain time {finalDeadline}): no result will come. `daisee-request claim --task {taskId}` refunds the {deal.AppPrice + deal.DatasetPrice + deal.WorkerpoolPrice} nRLC locked in your escrow."));
            }

            if (waited.Elapsed > limit)
            {
                throw new IexecStepException("wait for the task", string.Create(CultureInfo.InvariantCulture,
                    $"Task {taskId} is still {Name(task.Status)} after {limit}; it keeps running on chain until its final deadline (chain time {finalDeadline}). Run the same command again to follow it (nothing is paid again), or `daisee-request result pull {taskId}` once it is COMPLETED."));
            }

            await Task.Delay(session.Settings.PollInterval, cancellationToken);
        }
    }

    private static string Name(TaskStatus status) => status.ToString().ToUpperInvariant();
}

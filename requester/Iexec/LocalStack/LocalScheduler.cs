using System.Diagnostics;
using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec.LocalStack;

/// <summary>
/// Watches the hub for <c>SchedulerNotice</c> as an iExec scheduler does, every 100 ms, and hands
/// each noticed deal to the <see cref="LocalWorkerpool"/>.
/// </summary>
public static class LocalScheduler
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Waits (2 minutes at most) for the first deal noticed from now on, runs its task 0 and returns the task id.</summary>
    public static async Task<Hash32> RunFirstDealAsync(IChainNode node, PocoDeployment deployment, LocalWorkerpool pool, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var fromBlock = await BlockNumberAsync(node, cancellationToken);
        for (var poll = 0; poll < 1200; poll++)
        {
            if (await NoticedDealsAsync(node, deployment, fromBlock, cancellationToken) is [var dealId, ..])
            {
                return await pool.RunAsync(dealId, 0, cancellationToken);
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        throw new TimeoutException("No SchedulerNotice within 2 minutes.");
    }

    /// <summary>Hands every deal noticed from now on to <paramref name="onDeal"/>, in block order, until cancelled or <paramref name="maxDuration"/> has passed.</summary>
    public static async Task ServeAsync(
        IChainNode node, PocoDeployment deployment, Func<Hash32, CancellationToken, Task> onDeal, TimeSpan maxDuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onDeal);
        var next = await BlockNumberAsync(node, cancellationToken);
        var elapsed = Stopwatch.StartNew();
        while (elapsed.Elapsed < maxDuration)
        {
            var latest = await BlockNumberAsync(node, cancellationToken);
            if (latest >= next)
            {
                foreach (var dealId in await NoticedDealsAsync(node, deployment, next, latest, cancellationToken))
                {
                    await onDeal(dealId, cancellationToken);
                }

                next = latest + 1;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static Task<List<Hash32>> NoticedDealsAsync(IChainNode node, PocoDeployment deployment, ulong fromBlock, CancellationToken cancellationToken) =>
        NoticedDealsAsync(node, deployment, fromBlock, null, cancellationToken);

    private static async Task<List<Hash32>> NoticedDealsAsync(IChainNode node, PocoDeployment deployment, ulong fromBlock, ulong? toBlock, CancellationToken cancellationToken)
    {
        var logs = await node.GetLogsAsync(new LogQuery(deployment.Hub, [PocoAbi.Hub.Topic("SchedulerNotice")], fromBlock, toBlock), cancellationToken);
        return [.. logs.Select(log => PocoAbi.Hub.DecodeEvent("SchedulerNotice", log.Topics, log.Data)!.Hash("dealid"))];
    }

    private static Task<ulong> BlockNumberAsync(IChainNode node, CancellationToken cancellationToken) => node.BlockNumberAsync(cancellationToken);
}

using System.Numerics;
using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// What a billing task asks of iExec: the published Daisee app, the tag (0 = standard, 0x…03 =
/// TEE/SCONE, 0x…09 = TDX), the category, the most the provider pays per task (nRLC), how often
/// viewTask is polled and how long to wait before giving up (<see cref="System.Threading.Timeout.InfiniteTimeSpan"/>: until the
/// task's final deadline on chain).
/// </summary>
public sealed record IexecRunSettings(Address App, Hash32 Tag, BigInteger Category, BigInteger MaxPrice, TimeSpan PollInterval, TimeSpan Timeout)
{
    /// <summary>Settings for <paramref name="app"/>: standard tag, category 0, at most 1 RLC per task, poll every 5 s until the task's final deadline.</summary>
    public static IexecRunSettings For(Address app) =>
        new(app, default, BigInteger.Zero, 1_000_000_000, TimeSpan.FromSeconds(5), System.Threading.Timeout.InfiniteTimeSpan);
}

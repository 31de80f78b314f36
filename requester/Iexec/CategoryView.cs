using System.Numerics;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// <c>viewCategory</c> decoded: a task of this category has <see cref="WorkClockTimeRef"/> seconds
/// per "time reference"; PoCo's final deadline is 10 × that after the deal starts.
/// </summary>
public sealed record CategoryView(BigInteger Id, string Name, string Description, BigInteger WorkClockTimeRef)
{
    /// <summary>How long a task of this category may run before it can be claimed (10 × workClockTimeRef).</summary>
    public TimeSpan FinalDeadline => TimeSpan.FromSeconds((double)(WorkClockTimeRef * 10));
}

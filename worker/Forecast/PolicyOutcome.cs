using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>The collective under one key policy: its members (sorted by PRM), or why the policy cannot apply (<see cref="Problem"/>).</summary>
public sealed record PolicyOutcome(string Policy, AllocationMethod Method, ImmutableArray<MemberOutcome> Members, string? Problem)
{
    public IEnumerable<MemberOutcome> Consumers => Members.Where(m => m.Participant.Role != Role.Producer);

    public Energy Production => Sum(Members.Where(m => m.Participant.Role == Role.Producer), m => m.Measured);

    public Energy Consumption => Sum(Consumers, m => m.Measured);

    public Energy Local => Sum(Consumers, m => m.Local);

    public Energy Surplus => Sum(Members.Where(m => m.Participant.Role == Role.Producer), m => m.Grid);

    public decimal Saving => Consumers.Sum(m => m.Saving?.Amount ?? 0m);

    private static Energy Sum(IEnumerable<MemberOutcome> members, Func<MemberOutcome, Energy> pick) =>
        members.Aggregate(Energy.Zero, (s, m) => s + pick(m));
}

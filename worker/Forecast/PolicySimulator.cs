using System.Collections.Immutable;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Validation;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// Replays one month of curves under each key policy with the billing engine itself: the
/// allocation stage (keys, cascade, exact apportionment) on a copy of <c>collective.json</c>
/// whose <c>allocation.method</c> is the policy's, then the billing rules for the savings.
/// <c>current</c> is the collective's own rules (with its keys file when it has one).
/// </summary>
public static class PolicySimulator
{
    public static ImmutableArray<PolicyOutcome> Simulate(Collective collective, CurveSet curves, IReadOnlyList<string> policies, IReadOnlyList<DatasetEntry> entries, IReadOnlyDictionary<Prm, decimal> investment)
    {
        var context = new CurveReadContext(collective.Zone, collective.StepMinutes);
        var keysOnly = entries.Where(e => collective.Allocation.KeysFile is { } k && e.Path == k.TrimStart('.', '/')).ToList();
        return [.. policies.Select(policy =>
        {
            var rules = policy switch
            {
                PolicyNames.Prorata => new AllocationRules(AllocationMethod.Prorata),
                PolicyNames.Static => new AllocationRules(AllocationMethod.Static),
                PolicyNames.Cascade => new AllocationRules(AllocationMethod.Cascade) { Within = collective.Allocation.Method == AllocationMethod.Cascade ? collective.Allocation.Within : AllocationMethod.Prorata },
                _ => collective.Allocation,
            };
            var variant = collective with { Allocation = rules };
            var (inputs, inputIssues) = AllocationInputReader.Read(keysOnly, variant, context);
            var (report, issues) = AllocationStage.Run(variant, curves, inputs);
            if (report is null)
            {
                var why = inputIssues.Issues.Concat(issues.Issues).FirstOrDefault(i => i.Severity == Severity.Error)?.Message ?? "the key cannot be applied";
                return new PolicyOutcome(policy, rules.Method, [], why);
            }

            return Outcome(policy, variant, report.Engine, investment);
        })];
    }

    private static PolicyOutcome Outcome(string policy, Collective collective, AllocationResult allocation, IReadOnlyDictionary<Prm, decimal> investment)
    {
        var (documents, _) = BillingDocuments.Calculate(collective, allocation, RateTable.Embedded);
        var consumers = allocation.Consumers.ToList();
        var local = consumers.Sum(c => c.LocalTotal.MilliwattHours);
        var consumption = consumers.Sum(c => c.MeasuredTotal.MilliwattHours);
        var invested = investment.Values.Sum();
        var members = allocation.Participants.Where(p => p.Side == Direction.Consumption || p.Participant.Role == Role.Producer).Select(p =>
        {
            var consumer = p.Side == Direction.Consumption;
            return new MemberOutcome(
                p.Participant, p.MeasuredTotal, p.LocalTotal, p.GridTotal,
                consumer ? documents.SavingOf(p.Participant.Prm) : null,
                consumer ? Share(p.LocalTotal.MilliwattHours, local) : 0m,
                consumer ? Share(p.MeasuredTotal.MilliwattHours, consumption) : 0m,
                invested > 0m && investment.TryGetValue(p.Participant.Prm, out var share) ? Math.Round(share / invested, 4, MidpointRounding.AwayFromZero) : null);
        });
        return new PolicyOutcome(policy, collective.Allocation.Method, [.. members], null);
    }

    private static decimal Share(long part, long whole) =>
        whole == 0 ? 0m : Math.Round(part / (decimal)whole, 4, MidpointRounding.AwayFromZero);
}

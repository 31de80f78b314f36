using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// The allocation stage of a run, on records only (the dataset was read by Ingest, see
/// <see cref="AllocationInputReader"/>): builds the keys schedule when the method needs one,
/// applies the key chosen in <c>collective.json</c>, compares the provider's own meters and the
/// grid operator's definitive split with our figures, and returns what the bills use: the
/// operator's split wherever it gave a value.
/// Returns null (with errors in the log) when the key cannot be applied: a missing or
/// unreadable keys file, static keys summing above 1.
/// </summary>
public static class AllocationStage
{
    public static (AllocationReport? Report, IssueSet Issues) Run(Collective collective, CurveSet curves, AllocationInputs inputs)
    {
        var log = new ConformityLog();
        var report = Run(collective, curves, inputs, log);
        return (report, log.ToIssueSet());
    }

    private static AllocationReport? Run(Collective collective, CurveSet curves, AllocationInputs inputs, ConformityLog log)
    {
        var consumers = Allocator.Consumers(curves).Select(c => c.Participant).ToList();
        KeySchedule? schedule = null;
        if (collective.Allocation.Method is AllocationMethod.DynamicSimple or AllocationMethod.FullDynamic)
        {
            schedule = Schedule(collective, curves, consumers, inputs, log);
            if (schedule is null)
            {
                return null;
            }
        }

        var (key, issues) = KeySelection.Create(collective, consumers, schedule);
        foreach (var issue in issues)
        {
            log.Add(issue);
        }

        if (key is null)
        {
            return null;
        }

        var engine = Allocator.Allocate(collective, curves, key);
        var tolerance = collective.Policies.ReconciliationTolerance;
        var (siteDifferences, siteCompared) = SiteComparer.Compare(curves, inputs.Site, tolerance, log);
        var reconciliation = Reconciler.Reconcile(engine, inputs.Split, siteDifferences, siteCompared, tolerance, log);
        return new AllocationReport(engine, schedule?.StepsWithKeys, reconciliation);
    }

    private static KeySchedule? Schedule(Collective collective, CurveSet curves, List<Participant> consumers, AllocationInputs inputs, ConformityLog log)
    {
        if (inputs.Keys is not { } keys || !inputs.KeysUsable)
        {
            return null;
        }

        var pairs = collective.Allocation.Method == AllocationMethod.FullDynamic;
        var producers = Allocator.Producers(curves).Select(c => c.Prm).ToList();
        var schedule = KeySchedule.Build(keys, curves.Period, [.. consumers.Select(c => c.Prm)], producers, pairs, log);
        return log.HasErrors ? null : schedule;
    }
}

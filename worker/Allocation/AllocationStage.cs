using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Validation;

namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// The allocation stage of a run: reads the keys file when the method needs one, applies the
/// key chosen in <c>collective.json</c>, compares the provider's own meters (<c>site/</c>) and
/// the grid operator's definitive split (<c>enedis-acc/</c>) with our figures, and returns
/// what the bills use: the operator's split wherever it gave a value.
/// Returns null (with errors in the log) when the key cannot be applied: a missing or
/// unreadable keys file, static keys summing above 1.
/// </summary>
public static class AllocationStage
{
    /// <summary>Dataset folder of the provider's own meter curves (any curve format).</summary>
    public const string SiteFolder = "site/";

    public static AllocationReport? Run(IReadOnlyList<DatasetEntry> entries, Collective collective, CurveSet curves, CurveReadContext context, ConformityLog log)
    {
        var consumers = Allocator.Consumers(curves).Select(c => c.Participant).ToList();
        KeySchedule? schedule = null;
        if (collective.Allocation.Method is AllocationMethod.DynamicSimple or AllocationMethod.FullDynamic)
        {
            schedule = ReadKeys(entries, collective, curves, consumers, log);
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
        var site = InFolder(entries, SiteFolder).SelectMany(e => CurveFileReader.Default.Read(e, context, log));
        var (siteDifferences, siteCompared) = SiteComparer.Compare(curves, site, tolerance, log);
        var split = InFolder(entries, AccSplitReader.Folder).SelectMany(e => AccSplitReader.Read(e, context, log));
        var reconciliation = Reconciler.Reconcile(engine, split, siteDifferences, siteCompared, tolerance, log);
        return new AllocationReport(engine, schedule?.StepsWithKeys, reconciliation);
    }

    private static IEnumerable<DatasetEntry> InFolder(IReadOnlyList<DatasetEntry> entries, string folder) =>
        entries.Where(e => e.Path.StartsWith(folder, StringComparison.Ordinal)).OrderBy(e => e.Path, StringComparer.Ordinal);

    private static KeySchedule? ReadKeys(IReadOnlyList<DatasetEntry> entries, Collective collective, CurveSet curves, List<Participant> consumers, ConformityLog log)
    {
        var path = (collective.Allocation.KeysFile ?? string.Empty).TrimStart('.', '/');
        var entry = entries.FirstOrDefault(e => e.Path == path);
        if (entry is null)
        {
            log.Add(new Issue(Severity.Error, IssueCodes.KeysFileMissing, CollectiveReader.FileName, 0,
                $"allocation.keysFile '{collective.Allocation.KeysFile}' is not in the dataset; add the keys file (CSV start,prm,coefficient or start,producer,consumer,coefficient) at that path.")
            { Field = "allocation.keysFile" });
            return null;
        }

        var pairs = collective.Allocation.Method == AllocationMethod.FullDynamic;
        var errorsBefore = log.HasErrors;
        var producers = Allocator.Producers(curves).Select(c => c.Prm).ToList();
        var schedule = KeySchedule.Build(KeysFileReader.Read(entry, pairs, log), curves.Period, [.. consumers.Select(c => c.Prm)], producers, pairs, log);
        return !errorsBefore && log.HasErrors ? null : schedule;
    }
}

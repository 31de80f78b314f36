using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// Reads, once, the dataset files the allocation uses besides the curves: the keys file named by
/// <c>allocation.keysFile</c> (when the method needs one), <c>site/</c> and <c>enedis-acc/</c>,
/// each folder's files in ordinal order. The allocation stage then works on these records only.
/// </summary>
public static class AllocationInputReader
{
    /// <summary>Dataset folder of the provider's own meter curves (any curve format).</summary>
    public const string SiteFolder = "site/";

    public static (AllocationInputs Inputs, IssueSet Issues) Read(IReadOnlyList<DatasetEntry> entries, Collective collective, CurveReadContext context)
    {
        var log = new ConformityLog();
        var inputs = Read(entries, collective, context, log);
        return (inputs, log.ToIssueSet());
    }

    private static AllocationInputs Read(IReadOnlyList<DatasetEntry> entries, Collective collective, CurveReadContext context, ConformityLog log)
    {
        var (keys, usable) = collective.Allocation.Method is AllocationMethod.DynamicSimple or AllocationMethod.FullDynamic
            ? ReadKeys(entries, collective, log)
            : (null, true);
        if (!usable)
        {
            // The key cannot be applied: the run stops here, as it always did, before site/ and enedis-acc/ are read.
            return new AllocationInputs(null, false, [], []);
        }

        var site = InFolder(entries, SiteFolder).SelectMany(e => CurveFileReader.Default.Read(e, context, log)).ToImmutableArray();
        var split = InFolder(entries, AccSplitReader.Folder).SelectMany(e => AccSplitReader.Read(e, context, log)).ToImmutableArray();
        return new AllocationInputs(keys, usable, site, split);
    }

    private static IEnumerable<DatasetEntry> InFolder(IReadOnlyList<DatasetEntry> entries, string folder) =>
        entries.Where(e => e.Path.StartsWith(folder, StringComparison.Ordinal)).OrderBy(e => e.Path, StringComparer.Ordinal);

    private static (ImmutableArray<KeyCoefficient>? Keys, bool Usable) ReadKeys(IReadOnlyList<DatasetEntry> entries, Collective collective, ConformityLog log)
    {
        var path = (collective.Allocation.KeysFile ?? string.Empty).TrimStart('.', '/');
        var entry = entries.FirstOrDefault(e => e.Path == path);
        if (entry is null)
        {
            log.Add(new Issue(Severity.Error, IssueCodes.KeysFileMissing, CollectiveReader.FileName, 0,
                $"allocation.keysFile '{TextBound.Quote(collective.Allocation.KeysFile)}' is not in the dataset; add the keys file (CSV start,prm,coefficient or start,producer,consumer,coefficient) at that path.")
            { Field = "allocation.keysFile" });
            return (null, false);
        }

        var keys = KeysFileReader.Read(entry, collective.Allocation.Method == AllocationMethod.FullDynamic, log).ToImmutableArray();
        return (keys, !log.HasErrors);
    }
}

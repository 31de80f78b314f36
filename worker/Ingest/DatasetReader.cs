using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// The front door: reads <c>collective.json</c>, then prepares everything else the run needs
/// from the dataset in the collective's terms (zone, step, the direction of each PRM): the curve
/// files under <see cref="CurveFolders"/> and the allocation's inputs.
/// </summary>
public static class DatasetReader
{
    /// <summary>Dataset folders whose files are load curves (any format the readers detect).</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<string> CurveFolders = ["curves/", "inputs/"];

    public static Dataset Read(IReadOnlyList<DatasetEntry> entries)
    {
        var collectiveEntry = entries.FirstOrDefault(e => e.Path == CollectiveReader.FileName);
        if (collectiveEntry is null)
        {
            return new Dataset(false, null, []);
        }

        Collective? collective;
        System.Collections.Immutable.ImmutableArray<Issue> issues;
        using (var json = collectiveEntry.Open())
        {
            (collective, issues) = CollectiveReader.Read(json);
        }

        if (collective is null)
        {
            return new Dataset(true, null, issues);
        }

        // Each curve file asks for its PRM's direction (from every core): one lookup, not a walk through the members.
        var roles = new Dictionary<Prm, Role>();
        foreach (var participant in collective.Participants)
        {
            roles.TryAdd(participant.Prm, participant.Role);
        }

        var context = new CurveReadContext(collective.Zone, collective.StepMinutes)
        {
            DirectionOf = prm => roles.TryGetValue(prm, out var role) ? DirectionOf(role) : null,
        };
        var curveFiles = entries.Where(e => CurveFolders.Any(f => e.Path.StartsWith(f, StringComparison.Ordinal))).ToList();
        var (allocation, allocationIssues) = AllocationInputReader.Read(entries, collective, context);
        return new Dataset(true, collective, issues)
        {
            Curves = new CurveReadings(curveFiles, context),
            Allocation = allocation,
            AllocationIssues = allocationIssues,
        };
    }

    private static Direction? DirectionOf(Role role) => role switch { Role.Consumer => Direction.Consumption, Role.Producer => Direction.Production, _ => null };
}

using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Tests.Support;

/// <summary>Dataset entries from a folder, as the worker's entry point builds them.</summary>
public static class Entries
{
    public static ImmutableArray<DatasetEntry> FromFolder(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => new DatasetEntry(Path.GetRelativePath(folder, f).Replace('\\', '/'), new FileInfo(f).Length, () => File.OpenRead(f)))
            .OrderBy(e => e.Path, StringComparer.Ordinal)];

    public static BillingOutcome Bill(string folder, string month) =>
        BillingPipeline.Run(new BillingRequest(month, FromFolder(folder), []));
}

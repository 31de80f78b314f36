using System.Collections.Immutable;
using Daisee.Billing.SampleGenerator.Datasets;
using Daisee.Billing.SampleGenerator.Sites;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Forecast;

/// <summary>
/// A fixed-seed year of history from the sample generator (seed 7, 6 consumers, December 2025
/// to December 2026: every season, and a month before the first one scored), written once
/// into a temporary folder and removed after the tests.
/// </summary>
public static class GeneratedYear
{
    public const ulong Seed = 7;
    public const int Consumers = 6;

    private static readonly Lazy<string> Folder = new(Generate);

    public static string Path => Folder.Value;

    public static ImmutableArray<YearMonth> Months =>
        [.. Enumerable.Range(0, 13).Select(i => new YearMonth(2025, 12).PlusMonths(i))];

    public static void Delete()
    {
        if (Folder.IsValueCreated)
        {
            Directory.Delete(Folder.Value, recursive: true);
        }
    }

    private static string Generate()
    {
        var root = Directory.CreateTempSubdirectory("daisee-year-").FullName;
        var (content, _) = DatasetSimulation.Run(Seed, VilleurbanneRoster.Create(Consumers), Months);
        content.Write(root);
        return root;
    }
}

/// <summary>Removes the generated year once every test of the namespace has run.</summary>
[SetUpFixture]
public sealed class GeneratedYearCleanup
{
    [OneTimeTearDown]
    public void Remove() => GeneratedYear.Delete();
}

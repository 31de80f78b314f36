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

    private static readonly Lazy<string> Folder = new(() => Generate(weather: false));
    private static readonly Lazy<string> WeatherFolder = new(() => Generate(weather: true));

    public static string Path => Folder.Value;

    /// <summary>The same year with the site's weather files (<c>weather/&lt;month&gt;.csv</c>, the sky the PV curves were drawn under).</summary>
    public static string PathWithWeather => WeatherFolder.Value;

    public static ImmutableArray<YearMonth> Months =>
        [.. Enumerable.Range(0, 13).Select(i => new YearMonth(2025, 12).PlusMonths(i))];

    public static void Delete()
    {
        foreach (var folder in new[] { Folder, WeatherFolder }.Where(f => f.IsValueCreated))
        {
            Directory.Delete(folder.Value, recursive: true);
        }
    }

    private static string Generate(bool weather)
    {
        var root = Directory.CreateTempSubdirectory("daisee-year-").FullName;
        var (content, _) = DatasetSimulation.Run(Seed, VilleurbanneRoster.Create(Consumers), Months, weather);
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

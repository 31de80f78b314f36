using System.Collections.Immutable;
using System.Text;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Tests.Support;
using Daisee.Billing.Worker.Validation;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Ingest;

/// <summary>Runs the curve readers on fixture files or inline text, with the test collective's zone, step and roles.</summary>
public static class IngestRun
{
    public const string Producer = "30000000000001";

    public static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    public static string Fixture(string name) => RepositoryRoot.Combine("tests", "Daisee.Billing.Worker.Tests", "Fixtures", "formats", name);

    public static CurveReadContext Context(int stepMinutes = 30) => new(Paris, stepMinutes)
    {
        DirectionOf = prm => prm.Value == Producer ? Direction.Production : Direction.Consumption,
    };

    public static DatasetEntry FixtureEntry(string name, string path = "curves/")
    {
        var file = Fixture(name);
        return new DatasetEntry(path + name, new FileInfo(file).Length, () => File.OpenRead(file));
    }

    public static DatasetEntry TextEntry(string path, string content, Encoding? encoding = null)
    {
        var bytes = (encoding ?? new UTF8Encoding(false)).GetBytes(content);
        return new DatasetEntry(path, bytes.Length, () => new MemoryStream(bytes, writable: false));
    }

    public static (ImmutableArray<MeterReading> Readings, ConformityReport Report) Read(DatasetEntry entry, int stepMinutes = 30)
    {
        var log = new ConformityLog();
        var readings = CurveFileReader.Default.Read(entry, Context(stepMinutes), log).ToImmutableArray();
        return (readings, log.ToReport());
    }

    public static Instant Utc(int year, int month, int day, int hour, int minute) => Instant.FromUtc(year, month, day, hour, minute);
}

using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Daisee.Billing.SampleGenerator.Datasets;
using Daisee.Billing.SampleGenerator.Sites;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Validation;
using NodaTime;

namespace Daisee.Billing.Benchmarks;

/// <summary>
/// The front of a run on the sample generator's collective (seed 42, <see cref="Members"/> consumers and
/// 2 producers, 30-minute portal exports): stamps parsed from bytes, one month's file read from its bytes
/// inside and outside the billed window and through the general text path, and every file read and
/// placed on the month's grid.
/// </summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    private string _folder = string.Empty;
    private ImmutableArray<DatasetEntry> _entries;
    private Collective _collective = null!;
    private byte[][] _stamps = [];
    private byte[] _file = [];
    private DatasetEntry _fileEntry = null!;
    private CurveReadContext _june = null!;
    private CurveReadContext _january = null!;
    private MeterReading[] _readings = new MeterReading[2048];

    [Params(100)]
    public int Members { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("daisee-bench-").FullName;
        var (content, _) = DatasetSimulation.Run(42, VilleurbanneRoster.Create(Members), [new YearMonth(2026, 6)]);
        content.Write(_folder);
        _entries = [.. Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories)
            .Select(f => new DatasetEntry(Path.GetRelativePath(_folder, f).Replace('\\', '/'), new FileInfo(f).Length, () => File.OpenRead(f)))
            .OrderBy(e => e.Path, StringComparer.Ordinal)];
        _collective = DatasetReader.Read(_entries).Collective!;
        _fileEntry = _entries.First(e => e.Path.StartsWith("curves/", StringComparison.Ordinal));
        _file = File.ReadAllBytes(Path.Combine(_folder, _fileEntry.Path));
        var context = new CurveReadContext(Paris, 30) { DirectionOf = prm => Direction.Consumption };
        _june = context with { Window = Window(new YearMonth(2026, 6)) };
        _january = context with { Window = Window(new YearMonth(2026, 1)) };
        _stamps = [.. Enumerable.Range(0, 1440).Select(i => System.Text.Encoding.ASCII.GetBytes(Instant.FromUtc(2026, 5, 31, 22, 30).Plus(Duration.FromMinutes(30 * i)).InZone(Paris)
            .ToString("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>", System.Globalization.CultureInfo.InvariantCulture)))];
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    private static Interval Window(YearMonth month) =>
        new(month.OnDayOfMonth(1).AtStartOfDayInZone(Paris).ToInstant(), month.PlusMonths(1).OnDayOfMonth(1).AtStartOfDayInZone(Paris).ToInstant());

    private BillingPeriod Period => new(new YearMonth(2026, 6), _collective.Zone, _collective.StepMinutes);

    /// <summary>A month of portal stamps (end of interval, Paris time with its offset) parsed from UTF-8 bytes.</summary>
    [Benchmark]
    public int ParseStampsFromBytes()
    {
        var parsed = 0;
        foreach (var stamp in _stamps)
        {
            parsed += IsoStamp.ParseInstant(stamp) is null ? 0 : 1;
        }

        return parsed;
    }

    /// <summary>One member's month (1,440 rows) read from its bytes, billed that month (into a reused array, as a run reads them).</summary>
    [Benchmark]
    public int ReadFileInWindow() => PortalFastPath.TryRead(_fileEntry.Path, _file, _june, [new PortalExportReader()], countOutside: true, _readings)!.Readings.Count;

    /// <summary>The same file when another month is billed: every row out of the window, counted.</summary>
    [Benchmark]
    public long ReadFileOutsideWindow() => PortalFastPath.TryRead(_fileEntry.Path, _file, _january, [new PortalExportReader()], countOutside: true)!.OutsideWindow!.Value.Rows;

    /// <summary>The same file through the general path (decoded text, the CSV reader), billed that month.</summary>
    [Benchmark]
    public int ReadFileGeneral()
    {
        using var text = new BoundedLineReader(TextDecoding.Open(new MemoryStream(_file, writable: false)));
        return new PortalExportReader().Read(text, _fileEntry.Path, _june, new ConformityLog()).Count();
    }

    /// <summary>Every curve file read (both cores) and placed on the month's grid.</summary>
    [Benchmark]
    public CurveSet ReadAndAssemble()
    {
        var readings = DatasetReader.Read(_entries).Curves!;
        return CurveAssembler.Assemble(_collective, Period, readings.Stream(new Interval(Period.StartInstant, Period.EndInstant)), readings.OutsideWindow).Curves;
    }
}

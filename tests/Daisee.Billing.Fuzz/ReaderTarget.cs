using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Validation;
using NodaTime;

namespace Daisee.Billing.Fuzz;

/// <summary>
/// One input, every reader of the worker's front door: curve format detection and the curve
/// readers, the keys files (per consumer and per pair), the grid operator's split (CSV or JSON)
/// and collective.json. Bad input must become issues; any exception is a crash.
/// </summary>
public static class ReaderTarget
{
    private static readonly CurveReadContext Context = new(DateTimeZoneProviders.Tzdb["Europe/Paris"], 30)
    {
        // As the pipeline does: the collective's role for a known PRM, else none (consumption assumed).
        DirectionOf = prm => prm.Value == "30000000000001" ? Direction.Production : null,
    };

    public static void Run(byte[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var log = new ConformityLog();
        Drain(CurveFileReader.Default.Read(Entry("curves/input.csv", input), Context, log));
        Drain(KeysFileReader.Read(Entry("keys/keys.csv", input), pairs: false, log));
        Drain(KeysFileReader.Read(Entry("keys/pairs.csv", input), pairs: true, log));
        Drain(AccSplitReader.Read(Entry(AccSplitReader.Folder + "split.csv", input), Context, log));
        using var json = new MemoryStream(input, writable: false);
        CollectiveReader.Read(json);
        log.ToReport();
    }

    private static DatasetEntry Entry(string path, byte[] input) =>
        new(path, input.LongLength, () => new MemoryStream(input, writable: false));

    private static void Drain<T>(IEnumerable<T> items)
    {
        foreach (var _ in items)
        {
        }
    }
}

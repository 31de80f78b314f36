using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// The readings of every curve file (<c>curves/</c>, <c>inputs/</c>), streamed once, file by
/// file in ordinal order, when Validation places them: the files are never held whole, so
/// memory stays members × steps whatever their size. Once the stream is read, <see cref="Issues"/>
/// holds what Ingest found (formats, rows read, rows a reader rejected).
/// </summary>
public sealed class CurveReadings(IReadOnlyList<DatasetEntry> files, CurveReadContext context)
{
    /// <summary>Files read ahead together: bounds what is held (their readings) while keeping both cores busy.</summary>
    private const int BatchFiles = 64;

    /// <summary>At most this many bytes loaded at once (a batch holds at least one file).</summary>
    private const long BatchBytes = 32L * 1024 * 1024;

    /// <summary>Buffers up to this size are reused from batch to batch (a month of 30-minute rows is about 45 KB).</summary>
    private const int KeptBufferBytes = 1024 * 1024;

    /// <summary>Reading arrays up to this length are reused from batch to batch (a month of 30-minute rows is about 1,440).</summary>
    private const int KeptReadings = 16 * 1024;

    private readonly ConformityLog _log = new();
    private readonly List<OutOfWindowRows> _outsideWindow = [];
    private bool _streamed;

    /// <param name="window">The billed period's instants (see <see cref="CurveReadContext.Window"/>); null reads every value.</param>
    public IEnumerable<MeterReading> Stream(NodaTime.Interval? window = null)
    {
        if (_streamed)
        {
            throw new InvalidOperationException("The curve files are streamed once.");
        }

        _streamed = true;
        return Read([.. files.OrderBy(e => e.Path, StringComparer.Ordinal)], context with { Window = window });
    }

    /// <summary>
    /// Files in batches: the common ones of a batch are loaded, then read from their bytes on every
    /// core (<see cref="CurveFileReader.TryFast"/>, pure), then the batch is streamed in file order, the
    /// others through the general path: what is logged and yielded never depends on thread timing.
    /// </summary>
    private IEnumerable<MeterReading> Read(DatasetEntry[] ordered, CurveReadContext context)
    {
        var reader = CurveFileReader.Default;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var prepared = new PortalFastPath.Result?[Math.Min(BatchFiles, ordered.Length)];
        // One buffer per place in a batch, reused from batch to batch.
        var buffers = new byte[]?[prepared.Length];
        var lengths = new int[prepared.Length];
        var readingBuffers = new MeterReading[]?[prepared.Length];
        for (var start = 0; start < ordered.Length;)
        {
            // Loaded in order on this thread (a zip's entries share one archive), parsed on every core.
            var (count, bytes) = (0, 0L);
            while (count < prepared.Length && start + count < ordered.Length && (count == 0 || bytes + ordered[start + count].Length <= BatchBytes))
            {
                lengths[count] = PortalFastPath.Load(ordered[start + count], ref buffers[count]);
                bytes += ordered[start + count].Length;
                count++;
            }

            var first = start;
            Parallel.For(0, count, options, i =>
            {
                prepared[i] = lengths[i] < 0 ? null : reader.TryFast(ordered[first + i].Path, buffers[i].AsSpan(0, lengths[i]), context, countOutside: true, readingBuffers[i]);
                if (prepared[i]?.Readings.Array is { Length: > 0 } used)
                {
                    readingBuffers[i] = used;
                }
            });
            for (var i = 0; i < count; i++)
            {
                if (prepared[i] is { } fast)
                {
                    // What CurveFileReader.Read does with a file already read, without a second iterator per reading.
                    var path = ordered[start + i].Path;
                    _log.FileSeen(path, fast.Format);
                    var (readings, offset, end) = (fast.Readings.Array, fast.Readings.Offset, fast.Readings.Offset + fast.Readings.Count);
                    for (var r = offset; r < end; r++)
                    {
                        yield return readings![r];
                    }

                    _log.RowsRead(path, fast.RowsRead);
                    if (fast.OutsideWindow is { } outside)
                    {
                        _outsideWindow.Add(outside);
                    }
                }
                else
                {
                    foreach (var reading in reader.Read(ordered[start + i], context, _log, null, _outsideWindow))
                    {
                        yield return reading;
                    }
                }

                prepared[i] = null;

                // A large file's buffer is not kept for later batches: what is held stays about one batch.
                if (buffers[i]?.Length > KeptBufferBytes)
                {
                    buffers[i] = null;
                }

                if (readingBuffers[i]?.Length > KeptReadings)
                {
                    readingBuffers[i] = null;
                }
            }

            start += count;
        }
    }

    public IssueSet Issues => _log.ToIssueSet();

    /// <summary>The rows outside the window that Ingest counted per file instead of streaming them (complete once the stream is read).</summary>
    public IReadOnlyList<OutOfWindowRows> OutsideWindow => _outsideWindow;
}

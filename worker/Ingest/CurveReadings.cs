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
    private readonly ConformityLog _log = new();
    private bool _streamed;

    /// <param name="window">The billed period's instants (see <see cref="CurveReadContext.Window"/>); null reads every value.</param>
    public IEnumerable<MeterReading> Stream(NodaTime.Interval? window = null)
    {
        if (_streamed)
        {
            throw new InvalidOperationException("The curve files are streamed once.");
        }

        _streamed = true;
        return files.OrderBy(e => e.Path, StringComparer.Ordinal).SelectMany(e => CurveFileReader.Default.Read(e, context with { Window = window }, _log));
    }

    public IssueSet Issues => _log.ToIssueSet();
}

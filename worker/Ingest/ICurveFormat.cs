using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// One file format of the grid operator. Formats are detected from content (the head of the
/// file, see <see cref="CurveFileReader.HeadChars"/>), never from file names. A reader streams
/// its rows: every data row is counted as read, and either yielded as a reading or rejected
/// with an issue in the log.
/// </summary>
public interface ICurveFormat
{
    /// <summary>Stable name shown in reports (e.g. <c>enedis-portal-a</c>).</summary>
    string Name { get; }

    /// <summary>True when the head of the file (its first characters, BOM included) is in this format.</summary>
    bool Detect(string head);

    IEnumerable<MeterReading> Read(TextReader text, string source, CurveReadContext context, ConformityLog log);
}

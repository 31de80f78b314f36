using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// The grid operator's definitive ACC split per participant (files under <c>enedis-acc/</c>),
/// detected from content: the CSV shape (<see cref="AccSplitCsv"/>) or the ACC API JSON shape
/// (<see cref="AccSplitJson"/>). Values are energies per step (Wh unless the file says kWh),
/// normalised to UTC steps and mWh. Every data row/value is accounted for in the log (read,
/// then accepted or rejected); whether a PRM belongs to the collective is the reconciliation's call.
/// </summary>
public static class AccSplitReader
{
    public const string Folder = "enedis-acc/";

    public static IEnumerable<SplitReading> Read(DatasetEntry entry, CurveReadContext context, ConformityLog log)
    {
        using var text = TextDecoding.Open(entry.Open());
        var buffer = new char[CurveFileReader.HeadChars];
        var head = new string(buffer, 0, text.ReadBlock(buffer, 0, buffer.Length));
        using var replay = new BoundedLineReader(new FirstLineReader(head, text, appendNewLine: false));
        var trimmed = head.TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        IEnumerable<SplitReading> readings;
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            log.FileSeen(entry.Path, AccSplitJson.Name);
            using var json = entry.Open();
            readings = AccSplitJson.Read(json, entry.Path, context, log);
        }
        else if (AccSplitCsv.Detect(head))
        {
            log.FileSeen(entry.Path, AccSplitCsv.Name);
            readings = AccSplitCsv.Read(replay, entry.Path, context, log);
        }
        else
        {
            log.FileSeen(entry.Path, "unknown");
            log.Add(new Issue(Severity.Warning, IssueCodes.FileFormatUnknown, entry.Path, 1,
                $"{entry.Path} line 1: not an ACC split file (CSV with Identifiant PRM;Horodate;CONS…, or ACC API JSON); the file was not used.")
            { Field = "format" });
            readings = [];
        }

        foreach (var reading in readings)
        {
            yield return reading;
        }
    }
}

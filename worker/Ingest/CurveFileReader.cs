using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Validation;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>Detects the format of each curve file from its content and streams its readings.</summary>
public sealed class CurveFileReader(ImmutableArray<ICurveFormat> formats)
{
    public static CurveFileReader Default { get; } = new([new PortalExportReader()]);

    public IEnumerable<MeterReading> Read(DatasetEntry entry, CurveReadContext context, ConformityLog log)
    {
        using var text = TextDecoding.Open(entry.Open());
        var firstLine = text.ReadLine();
        while (firstLine is not null && string.IsNullOrWhiteSpace(firstLine))
        {
            firstLine = text.ReadLine();
        }

        var format = firstLine is null ? null : formats.FirstOrDefault(f => f.Detect(firstLine));
        if (format is null)
        {
            log.FileSeen(entry.Path, "unknown");
            log.Add(new Issue(Severity.Warning, IssueCodes.FileFormatUnknown, entry.Path, 1,
                $"{entry.Path}: not a load-curve format this engine reads (first line: '{Shorten(firstLine)}'); the file was not used.")
            { Field = "format" });
            yield break;
        }

        log.FileSeen(entry.Path, format.Name);
        using var replay = new FirstLineReader(firstLine!, text);
        foreach (var reading in format.Read(replay, entry.Path, context, log))
        {
            yield return reading;
        }
    }

    private static string Shorten(string? line) => line is null ? "<empty file>" : line.Length <= 60 ? line : line[..60] + "…";
}

using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Validation;

/// <summary>
/// Counts accepted points the grid operator flags as estimated or corrected, and reports one
/// info issue per file, PRM and flag, naming the first line and the count: billed, but visible.
/// </summary>
public sealed class FlagTally
{
    private readonly SortedDictionary<(string Source, string Prm, ReadingQuality Quality), (int FirstLine, long Count)> _tally = new();

    public void Count(MeterReading reading)
    {
        if (reading.Quality == ReadingQuality.Measured)
        {
            return;
        }

        var key = (reading.Source, reading.Prm.Value, reading.Quality);
        _tally[key] = _tally.TryGetValue(key, out var seen) ? (Math.Min(seen.FirstLine, reading.Line), seen.Count + 1) : (reading.Line, 1);
    }

    public void Report(ConformityLog log)
    {
        foreach (var ((source, prm, quality), (firstLine, count)) in _tally)
        {
            var estimated = quality == ReadingQuality.Estimated;
            log.Add(new Issue(Severity.Info, estimated ? IssueCodes.PointEstimated : IssueCodes.PointCorrected, source, firstLine,
                $"{source} line {firstLine}: {count} point(s) of PRM {prm} are flagged {(estimated ? "estimated" : "corrected")} by the grid operator (Nature/IV/Statut_Point); they are billed as delivered.")
            {
                Field = "Nature",
                Prm = Prm.Parse(prm),
            });
        }
    }
}

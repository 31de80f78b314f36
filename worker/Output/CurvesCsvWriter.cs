using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// <c>curves.csv</c>: the clean curves in the generic format (docs/formats.md), readable back
/// by <see cref="GenericCurveReader"/>: <c>prm;start;end;wh;direction;flagged</c>, one row per
/// participant and step of the period, PRMs in ordinal order then steps in time order; start
/// and end are UTC instants, wh the step's energy (exact, up to 3 decimals, decimal point),
/// direction empty for storage, flagged 1 when the step holds no clean measure (a gap counted
/// as zero, or an unresolved conflicting duplicate).
/// </summary>
public static class CurvesCsvWriter
{
    public const string FileName = "curves.csv";
    public const string Header = "prm;start;end;wh;direction;flagged";

    public static byte[] Write(CurveSet curves) => CsvText.Write(Header, Rows(curves));

    private static IEnumerable<string> Rows(CurveSet curves)
    {
        var period = curves.Period;
        foreach (var curve in curves.Curves.OrderBy(c => c.Prm))
        {
            var direction = curve.Participant.Role switch
            {
                Role.Consumer => "consumption",
                Role.Producer => "production",
                _ => string.Empty,
            };
            for (var t = 0; t < period.StepCount; t++)
            {
                var step = period.StepAt(t);
                yield return string.Join(';',
                    curve.Prm.Value,
                    CsvText.Instant(step.Start),
                    CsvText.Instant(step.End),
                    CsvText.WattHours(curve.Values[t]),
                    direction,
                    curve.Flagged[t] ? "1" : "0");
            }
        }
    }
}

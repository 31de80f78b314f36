using System.Runtime.CompilerServices;
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

    public static byte[] Write(CurveSet curves)
    {
        using var bytes = new MemoryStream();
        Write(curves, bytes);
        return bytes.ToArray();
    }

    /// <summary>The file written into <paramref name="output"/> as it is formatted.</summary>
    /// <remarks>Compiled optimized at its first call: the run calls it once, for every row of the file.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Write(CurveSet curves, Stream output)
    {
        var period = curves.Period;
        var starts = CsvText.StepStarts(period);
        var ends = CsvText.StepEnds(period);
        var csv = new CsvBuffer(output, Header);
        foreach (var curve in curves.Curves.OrderBy(c => c.Prm))
        {
            var direction = curve.Participant.Role switch
            {
                Role.Consumer => "consumption",
                Role.Producer => "production",
                _ => string.Empty,
            };
            var prm = System.Text.Encoding.UTF8.GetBytes(curve.Prm.Value + ";");
            var tail = System.Text.Encoding.UTF8.GetBytes(";" + direction + ";");
            for (var t = 0; t < period.StepCount; t++)
            {
                csv.Append(prm).Append(starts[t]).Append(';').Append(ends[t]).Append(';')
                    .AppendWattHours(curve.Values[t]).Append(tail)
                    .Append(curve.Flagged[t] ? '1' : '0').Append('\n');
            }
        }

        csv.Flush();
    }
}

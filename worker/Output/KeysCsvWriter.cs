using System.Runtime.CompilerServices;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// <c>keys.csv</c>: the coefficients our split applied, per step and consumer (storage charge
/// included), in the dynamic-simple keys-file form <c>start,prm,coefficient</c> (UTC step
/// start, fraction of the pooled production of the members' producers), ready to send to the
/// grid operator or to reuse as <c>allocation.keysFile</c>. Whatever the method, the
/// coefficient is <c>autoconsumed / production</c> floored to 6 decimals, so a step's
/// coefficients never sum above 1 (applying them gives back our split to within 10⁻⁶ of the
/// production per consumer); 0 when nothing is produced. Steps in time order, PRMs ascending.
/// </summary>
public static class KeysCsvWriter
{
    public const string FileName = "keys.csv";
    public const string Header = "start,prm,coefficient";
    private const long Micro = 1_000_000;

    public static byte[] Write(AllocationResult allocation)
    {
        using var bytes = new MemoryStream();
        Write(allocation, bytes);
        return bytes.ToArray();
    }

    /// <summary>The file written into <paramref name="output"/> as it is formatted.</summary>
    /// <remarks>Compiled optimized at its first call: the run calls it once, for every row of the file.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Write(AllocationResult allocation, Stream output)
    {
        var period = allocation.Period;
        var producers = allocation.Producers.ToArray();
        var consumers = allocation.Consumers.ToArray();
        var starts = CsvText.StepStarts(period);
        var prms = Array.ConvertAll(consumers, c => System.Text.Encoding.UTF8.GetBytes("," + c.Participant.Prm.Value + ","));
        var csv = new CsvBuffer(output, Header);
        for (var t = 0; t < period.StepCount; t++)
        {
            var day = period.LocalDateOf(t);
            var production = 0L;
            foreach (var p in producers)
            {
                production += p.Participant.Membership.Covers(day) ? p.Measured[t].MilliwattHours : 0;
            }

            for (var i = 0; i < consumers.Length; i++)
            {
                var micro = production == 0 ? 0 : (long)((Int128)consumers[i].Local[t].MilliwattHours * Micro / production);
                csv.Append(starts[t]).Append(prms[i]).AppendMillionths(micro).Append('\n');
            }
        }

        csv.Flush();
    }
}

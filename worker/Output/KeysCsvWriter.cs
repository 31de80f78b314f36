using System.Globalization;
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

    public static byte[] Write(AllocationResult allocation) => CsvText.Write(Header, Rows(allocation));

    private static IEnumerable<string> Rows(AllocationResult allocation)
    {
        var period = allocation.Period;
        var producers = allocation.Producers.ToArray();
        var consumers = allocation.Consumers.ToArray();
        for (var t = 0; t < period.StepCount; t++)
        {
            var day = period.LocalDateOf(t);
            var production = producers.Where(p => p.Participant.Membership.Covers(day)).Sum(p => p.Measured[t].MilliwattHours);
            var start = CsvText.Instant(period.StepAt(t).Start);
            foreach (var c in consumers)
            {
                var micro = production == 0 ? 0 : (long)((Int128)c.Local[t].MilliwattHours * Micro / production);
                yield return string.Join(',', start, c.Participant.Prm.Value, (micro / (decimal)Micro).ToString("0.000000", CultureInfo.InvariantCulture));
            }
        }
    }
}

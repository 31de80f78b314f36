using System.Globalization;

namespace Daisee.Billing.Worker.Tests.Scale;

/// <summary>
/// allocation.csv read back on its own terms (<c>start,participant,role,measured_wh,local_wh,grid_wh</c>):
/// rows counted, each row's balance checked (measured = local + grid, 0 ≤ local ≤ measured), and
/// per step the consumers' local energy compared with the producers' autoproduced energy.
/// </summary>
public sealed record AllocationSums(int Rows, List<string> BadRows, List<string> UnbalancedSteps, long ConsumerMeasuredMilliwattHours)
{
    public static AllocationSums Read(string path)
    {
        var rows = 0;
        var bad = new List<string>();
        var consumed = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var produced = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var consumerMeasured = 0L;
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split(',');
            rows++;
            var (measured, local, grid) = (MilliwattHours(f[3]), MilliwattHours(f[4]), MilliwattHours(f[5]));
            if (measured != local + grid || local < 0 || local > measured)
            {
                bad.Add(line);
            }

            var side = f[2] == "producer" ? produced : consumed;
            side[f[0]] = side.GetValueOrDefault(f[0]) + local;
            consumerMeasured += f[2] == "consumer" ? measured : 0;
        }

        var unbalanced = consumed.Keys.Union(produced.Keys)
            .Where(step => consumed.GetValueOrDefault(step) != produced.GetValueOrDefault(step))
            .ToList();
        return new AllocationSums(rows, bad, unbalanced, consumerMeasured);
    }

    private static long MilliwattHours(string wattHours) => (long)(decimal.Parse(wattHours, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) * 1000m);
}

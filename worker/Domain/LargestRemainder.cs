using System.Runtime.CompilerServices;
namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// Exact integer apportionment (Hamilton / largest remainder). Splits <c>total</c> in
/// proportion to <c>weights</c> so that the parts sum to <c>total</c> exactly: each part gets
/// the floor of its exact share, then the units left go one each to the largest fractional
/// remainders. Tie-break: lower index first (callers order participants by PRM, so the
/// result is deterministic and independent of input row order).
/// Guarantee: part_i ≤ ceil(total × w_i / Σw); when total ≤ Σw, part_i ≤ w_i.
/// </summary>
public static class LargestRemainder
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Apportion(long total, ReadOnlySpan<long> weights, Span<long> parts)
    {
        if (weights.Length != parts.Length)
        {
            throw new ArgumentException("weights and parts must have the same length.", nameof(parts));
        }

        parts.Clear();
        Int128 sum = 0;
        foreach (var w in weights)
        {
            if (w < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), "Weights must not be negative.");
            }

            sum += w;
        }

        if (total == 0 || sum == 0)
        {
            return;
        }

        if (sum <= long.MaxValue && FitsInLong(total, weights))
        {
            ApportionInLong(total, weights, (long)sum, parts);
            return;
        }

        Span<Int128> remainders = weights.Length <= 256 ? stackalloc Int128[weights.Length] : new Int128[weights.Length];
        long given = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var exact = (Int128)total * weights[i];
            parts[i] = (long)(exact / sum);
            remainders[i] = exact % sum;
            given += parts[i];
        }

        DistributeLeftover(total - given, remainders, parts);
    }

    /// <summary>True when every product total × weight fits in a long (then the 64-bit path gives the same parts).</summary>
    private static bool FitsInLong(long total, ReadOnlySpan<long> weights)
    {
        var largest = 0L;
        foreach (var w in weights)
        {
            largest = Math.Max(largest, w);
        }

        return total != long.MinValue && (largest == 0 || Math.Abs(total) <= long.MaxValue / largest);
    }

    /// <summary>The same apportionment in 64-bit arithmetic; the leftover units go by remainder descending, index ascending.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ApportionInLong(long total, ReadOnlySpan<long> weights, long sum, Span<long> parts)
    {
        Span<(long Remainder, int Index)> order = weights.Length <= 256 ? stackalloc (long Remainder, int Index)[weights.Length] : new (long Remainder, int Index)[weights.Length];
        long given = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var exact = total * weights[i];
            parts[i] = exact / sum;
            order[i] = (exact % sum, i);
            given += parts[i];
        }

        var leftover = total - given;
        if (leftover <= 0)
        {
            return;
        }

        if (sum <= uint.MaxValue)
        {
            GiveByPackedKeys(order, leftover, parts);
            return;
        }

        order.Sort(default(RemainderDescending));
        for (var k = 0; k < leftover; k++)
        {
            parts[order[k].Index]++;
        }
    }

    /// <summary>
    /// The leftover units when every remainder is below 2³² (the sum is): one sort of plain 64-bit
    /// keys, (2³² − 1 − remainder) in the high bits and the index in the low 31, whose ascending
    /// order is exactly <see cref="RemainderDescending"/>'s (remainder descending, index ascending).
    /// </summary>
    private static void GiveByPackedKeys(ReadOnlySpan<(long Remainder, int Index)> order, long leftover, Span<long> parts)
    {
        Span<long> keys = order.Length <= 1024 ? stackalloc long[order.Length] : new long[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            keys[i] = ((uint.MaxValue - order[i].Remainder) << 31) | (uint)order[i].Index;
        }

        keys.Sort();
        for (var k = 0; k < leftover; k++)
        {
            parts[(int)(keys[k] & int.MaxValue)]++;
        }
    }

    private static void DistributeLeftover(long leftover, Span<Int128> remainders, Span<long> parts)
    {
        if (leftover == 0)
        {
            return;
        }

        // leftover < number of non-zero remainders, so each unit goes to a distinct index:
        // sort by remainder descending, index ascending, and give one unit to each of the first.
        var order = new int[remainders.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = remainders.ToArray();
        Array.Sort(order, (a, b) => keys[a] != keys[b] ? keys[b].CompareTo(keys[a]) : a.CompareTo(b));
        for (var k = 0; k < leftover; k++)
        {
            parts[order[k]]++;
        }
    }

    /// <summary>Remainder descending, then index ascending: a total order (indices differ), so any sort gives the same sequence.</summary>
    private readonly struct RemainderDescending : IComparer<(long Remainder, int Index)>
    {
        public int Compare((long Remainder, int Index) a, (long Remainder, int Index) b) =>
            a.Remainder != b.Remainder ? b.Remainder.CompareTo(a.Remainder) : a.Index.CompareTo(b.Index);
    }
}

using Daisee.Billing.Worker.Domain;
namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// Applies coefficients exactly. A coefficient (0–1) is held as an integer number of
/// <see cref="Scale"/>ths, floored (keys finer than 10⁻⁹ are truncated). A pool of energy is
/// split over the consumers' coefficients plus a slack share <c>Scale − Σ units</c> by largest
/// remainder (ties: lower PRM first, slack last), so the shares sum to the pool exactly; each
/// consumer then keeps <c>min(share, consumption)</c> and the rest of its share is not
/// redistributed: it stays with the producer (surplus, or the next cascade group).
/// </summary>
public static class KeyShares
{
    /// <summary>Coefficient unit: one billionth.</summary>
    public const long Scale = 1_000_000_000;

    public static long ToUnits(decimal coefficient)
    {
        if (coefficient < 0m || coefficient > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(coefficient), coefficient, "A key coefficient lies between 0 and 1.");
        }

        return (long)decimal.Floor(coefficient * Scale);
    }

    /// <summary>Splits <paramref name="pool"/> over <paramref name="units"/> (Σ ≤ <see cref="Scale"/>) without any cap.</summary>
    public static void Split(long pool, ReadOnlySpan<long> units, Span<long> shares)
    {
        var weights = new long[units.Length + 1];
        long sum = 0;
        for (var i = 0; i < units.Length; i++)
        {
            weights[i] = units[i];
            sum = checked(sum + units[i]);
        }

        if (sum > Scale)
        {
            throw new ArgumentException("Coefficients sum to more than 1.", nameof(units));
        }

        weights[units.Length] = Scale - sum;
        var parts = new long[weights.Length];
        LargestRemainder.Apportion(pool, weights, parts);
        parts.AsSpan(0, units.Length).CopyTo(shares);
    }

    /// <summary>Shares of <paramref name="pool"/>, each capped at the consumer's consumption (D315-4 b).</summary>
    public static void Apply(long pool, ReadOnlySpan<long> units, ReadOnlySpan<long> consumption, Span<long> allocated)
    {
        Split(pool, units, allocated);
        for (var i = 0; i < allocated.Length; i++)
        {
            allocated[i] = Math.Min(allocated[i], consumption[i]);
        }
    }

    public static long Sum(ReadOnlySpan<long> values)
    {
        long sum = 0;
        foreach (var v in values)
        {
            sum = checked(sum + v);
        }

        return sum;
    }
}

using System.Text;

namespace Daisee.Billing.SampleGenerator.Randomness;

/// <summary>
/// Derives an independent generator from the user's seed and a label path
/// (e.g. "load", prm, "2026-06"), so that each file depends only on its own labels and the
/// seed, never on which other files were generated or in which order.
/// Uses FNV-1a over UTF-8 (never <see cref="string.GetHashCode()"/>, which is randomised).
/// </summary>
public static class StreamSeed
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public static Pcg32 Create(ulong seed, params string[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ulong hash = FnvOffset;
        foreach (string label in labels)
        {
            foreach (byte b in Encoding.UTF8.GetBytes(label))
            {
                hash = unchecked((hash ^ b) * FnvPrime);
            }

            hash = unchecked((hash ^ 0x1F) * FnvPrime);
        }

        return new Pcg32(SplitMix(seed ^ hash), SplitMix(hash));
    }

    private static ulong SplitMix(ulong value)
    {
        ulong z = unchecked(value + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}

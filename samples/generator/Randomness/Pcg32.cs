namespace Daisee.Billing.SampleGenerator.Randomness;

/// <summary>
/// PCG-XSH-RR 32-bit generator (O'Neill 2014), written out here so that the samples never
/// depend on <see cref="System.Random"/>, whose algorithm may change between runtimes.
/// Only integer arithmetic and exact double conversions: identical on every machine.
/// </summary>
public sealed class Pcg32
{
    private const ulong Multiplier = 6364136223846793005UL;
    private ulong _state;
    private readonly ulong _increment;

    public Pcg32(ulong seed, ulong stream)
    {
        _increment = unchecked((stream << 1) | 1UL);
        _state = 0;
        NextUInt();
        _state = unchecked(_state + seed);
        NextUInt();
    }

    public uint NextUInt()
    {
        ulong old = _state;
        _state = unchecked((old * Multiplier) + _increment);
        uint xorShifted = unchecked((uint)(((old >> 18) ^ old) >> 27));
        int rotation = (int)(old >> 59);
        return (xorShifted >> rotation) | (xorShifted << ((-rotation) & 31));
    }

    /// <summary>Uniform in [0, 1) with 32 bits of resolution (exact conversion).</summary>
    public double NextDouble() => NextUInt() / 4294967296.0;

    /// <summary>Uniform in [min, max).</summary>
    public double NextDouble(double min, double max) => min + ((max - min) * NextDouble());

    /// <summary>Uniform integer in [0, count), by rejection (no modulo bias).</summary>
    public int NextInt(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        uint bound = (uint)count;
        uint threshold = unchecked((uint)(-(int)bound)) % bound;
        while (true)
        {
            uint r = NextUInt();
            if (r >= threshold)
            {
                return (int)(r % bound);
            }
        }
    }

    /// <summary>
    /// Approximately standard normal (Irwin-Hall: sum of 12 uniforms minus 6), bounded to
    /// [-6, 6]. Pure arithmetic, so no libm rounding differences between platforms.
    /// </summary>
    public double NextGaussian()
    {
        double sum = 0;
        for (int i = 0; i < 12; i++)
        {
            sum += NextDouble();
        }

        return sum - 6.0;
    }

    public bool Chance(double probability) => NextDouble() < probability;
}

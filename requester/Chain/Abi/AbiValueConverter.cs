using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;

namespace Daisee.Billing.Requester.Chain.Abi;

/// <summary>Accepts the CLR values callers naturally hold for each ABI type.</summary>
internal static class AbiValueConverter
{
    public static BigInteger ToInteger(object? value) => value switch
    {
        BigInteger b => b,
        int i => i,
        long l => l,
        uint u => u,
        ulong u => u,
        short s => s,
        ushort u => u,
        byte b => b,
        sbyte s => s,
        Hash32 h => h.ToBigInteger(),
        string s when s.StartsWith("0x", StringComparison.OrdinalIgnoreCase) => Hex.DecodeQuantity(s),
        string s => BigInteger.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        _ => throw Mismatch("an integer", value),
    };

    public static Address ToAddress(object? value) => value switch
    {
        Address a => a,
        string s => Address.Parse(s),
        _ => throw Mismatch("an Address", value),
    };

    public static bool ToBool(object? value) => value is bool b ? b : throw Mismatch("a bool", value);

    public static byte[] ToBytes(object? value) => value switch
    {
        byte[] bytes => bytes,
        ImmutableArray<byte> bytes => [.. bytes],
        ReadOnlyMemory<byte> bytes => bytes.ToArray(),
        Memory<byte> bytes => bytes.ToArray(),
        Hash32 hash => hash.ToArray(),
        string s when s.StartsWith("0x", StringComparison.OrdinalIgnoreCase) => Hex.Decode(s),
        _ => throw Mismatch("bytes", value),
    };

    public static string ToText(object? value) => value is string s ? s : throw Mismatch("a string", value);

    public static List<object?> ToList(object? value) => value switch
    {
        string => throw Mismatch("a list", value),
        IEnumerable items => [.. items.Cast<object?>()],
        _ => throw Mismatch("a list", value),
    };

    private static ArgumentException Mismatch(string expected, object? value) =>
        new($"ABI: expected {expected}, got {(value is null ? "null" : value.GetType().Name)}.");
}

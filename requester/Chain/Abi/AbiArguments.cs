using System.Collections;
using System.Collections.Immutable;
using System.Numerics;

namespace Daisee.Billing.Requester.Chain.Abi;

/// <summary>Our value types as the values Nethereum's ABI encoder takes (addresses as hex text, bytes32 as 32 bytes).</summary>
internal static class AbiArguments
{
    public static object[] Convert(object?[] arguments) => [.. arguments.Select(Value)];

    private static object Value(object? argument) => argument switch
    {
        null => throw new ArgumentNullException(nameof(argument), "ABI arguments are never null."),
        Address address => address.ToLowerHex(),
        Hash32 hash => hash.ToArray(),
        ImmutableArray<byte> bytes => bytes.IsDefault ? Array.Empty<byte>() : bytes.ToArray(),
        byte[] or string or bool or BigInteger => argument,
        int or uint or long or ulong or short or ushort or byte => new BigInteger(System.Convert.ToDecimal(argument, System.Globalization.CultureInfo.InvariantCulture)),
        object?[] tuple => Convert(tuple),
        IList list => list.Cast<object?>().Select(Value).ToList(),
        _ => argument,
    };
}

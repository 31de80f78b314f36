using System.Collections.Immutable;
using System.Numerics;
using Nethereum.ABI.FunctionEncoding;

namespace Daisee.Billing.Requester.Chain.Abi;

/// <summary>
/// Decoded ABI values (return data, a tuple, an event) read by the names the ABI gives them
/// (<c>botFirst</c>, <c>resultDigest</c>…) or by position, as our types.
/// </summary>
public sealed class AbiRecord(IReadOnlyList<ParameterOutput> values)
{
    public int Count => values.Count;

    public AbiRecord Tuple(string name) => new((List<ParameterOutput>)Value(name));

    /// <summary>The only value of a function that returns one tuple.</summary>
    public AbiRecord Tuple(int index) => new((List<ParameterOutput>)values[index].Result);

    public Address Address(string name) => Chain.Address.Parse((string)Value(name));

    public Address Address(int index) => Chain.Address.Parse((string)values[index].Result);

    public ImmutableArray<Address> Addresses(string name) => [.. ((IEnumerable<object>)Value(name)).Select(a => Chain.Address.Parse((string)a))];

    public Hash32 Hash(string name) => new((byte[])Value(name));

    public Hash32 Hash(int index) => new((byte[])values[index].Result);

    /// <summary>Any <c>uintN</c>/<c>intN</c>.</summary>
    public BigInteger Number(string name) => ToInteger(Value(name));

    /// <summary>Any <c>uintN</c>/<c>intN</c> by position.</summary>
    public BigInteger Number(int index) => ToInteger(values[index].Result);

    public bool Bool(int index) => (bool)values[index].Result;

    public string Text(string name) => (string)Value(name);

    public ImmutableArray<byte> Bytes(string name) => [.. (byte[])Value(name)];

    public ImmutableArray<byte> Bytes(int index) => [.. (byte[])values[index].Result];

    private object Value(string name) =>
        values.FirstOrDefault(v => v.Parameter.Name == name)?.Result
        ?? throw new KeyNotFoundException($"The decoded values have no '{name}'.");

    private static BigInteger ToInteger(object value) => value switch
    {
        BigInteger b => b,
        _ => new BigInteger(System.Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture)),
    };
}

using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using Nethereum.ABI.FunctionEncoding;

namespace Daisee.Billing.Requester.Chain.Abi;

/// <summary>
/// Decoded ABI values (return data, a tuple, an event) read as our types by the names the ABI gives
/// them (<c>botFirst</c>, <c>resultDigest</c>…); no name reads the only (or the unnamed) value.
/// </summary>
public sealed class AbiRecord(IReadOnlyList<ParameterOutput> values)
{
    public AbiRecord Tuple(string name = "") => new((List<ParameterOutput>)Value(name));

    public Address Address(string name = "") => Chain.Address.Parse((string)Value(name));

    public ImmutableArray<Address> Addresses(string name = "") => [.. ((IEnumerable<object>)Value(name)).Select(a => Chain.Address.Parse((string)a))];

    public Hash32 Hash(string name = "") => new((byte[])Value(name));

    /// <summary>Any <c>uintN</c>/<c>intN</c>.</summary>
    public BigInteger Number(string name = "") =>
        Value(name) is BigInteger number ? number : new BigInteger(Convert.ToDecimal(Value(name), CultureInfo.InvariantCulture));

    public bool Bool(string name = "") => (bool)Value(name);

    public string Text(string name = "") => (string)Value(name);

    public ImmutableArray<byte> Bytes(string name = "") => [.. (byte[])Value(name)];

    private object Value(string name) =>
        (name.Length == 0 && values.Count == 1 ? values[0] : values.FirstOrDefault(v => (v.Parameter.Name ?? "") == name))?.Result
        ?? throw new KeyNotFoundException($"The decoded values have no '{name}'.");
}

using System.Collections;
using System.Collections.Immutable;
using System.Numerics;

namespace Daisee.Billing.Requester.Chain.Abi;

/// <summary>
/// Decoded ABI values in declaration order, with typed getters. Integers are
/// <see cref="BigInteger"/>, addresses <see cref="Address"/>, fixed and dynamic bytes <c>byte[]</c>,
/// strings <see cref="string"/>, booleans <see cref="bool"/>, tuples and arrays nested <see cref="AbiValues"/>.
/// It can be passed back to <see cref="AbiEncoder"/> as it is.
/// </summary>
public sealed class AbiValues : IReadOnlyList<object>
{
    private readonly ImmutableArray<object> _values;

    /// <summary>Wraps already decoded values.</summary>
    public AbiValues(ImmutableArray<object> values) => _values = values;

    /// <inheritdoc />
    public int Count => _values.Length;

    /// <inheritdoc />
    public object this[int index] => _values[index];

    /// <summary>A <c>uintN</c>/<c>intN</c> value.</summary>
    public BigInteger GetInteger(int index) => Get<BigInteger>(index);

    /// <summary>An <c>address</c> value.</summary>
    public Address GetAddress(int index) => Get<Address>(index);

    /// <summary>A <c>bool</c> value.</summary>
    public bool GetBool(int index) => Get<bool>(index);

    /// <summary>A <c>bytes</c> or <c>bytesN</c> value (a copy).</summary>
    public byte[] GetBytes(int index) => (byte[])Get<byte[]>(index).Clone();

    /// <summary>A <c>bytes32</c> value.</summary>
    public Hash32 GetHash32(int index) => new(Get<byte[]>(index));

    /// <summary>A <c>string</c> value.</summary>
    public string GetString(int index) => Get<string>(index);

    /// <summary>A tuple or array value.</summary>
    public AbiValues GetValues(int index) => Get<AbiValues>(index);

    /// <inheritdoc />
    public IEnumerator<object> GetEnumerator() => ((IEnumerable<object>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private T Get<T>(int index) =>
        _values[index] is T value
            ? value
            : throw new InvalidCastException($"ABI value {index} is a {_values[index].GetType().Name}, not a {typeof(T).Name}.");
}

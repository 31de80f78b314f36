using System.Collections.Immutable;

namespace Daisee.Billing.Requester.Chain.Abi;

/// <summary>
/// A Solidity ABI type. Two types are equal when their canonical names are. Build one with
/// <see cref="Parse"/> (<c>"uint256"</c>, <c>"(address,bytes)[]"</c>, <c>"tuple(uint8 a, bool b)"</c>)
/// or the factories.
/// </summary>
public sealed record AbiType
{
    private AbiType(AbiTypeKind kind, int size, AbiType? element, ImmutableArray<AbiType> components)
    {
        Kind = kind;
        Size = size;
        Element = element;
        Components = components;
        CanonicalName = BuildName();
        IsDynamic = kind switch
        {
            AbiTypeKind.Bytes or AbiTypeKind.Utf8String or AbiTypeKind.Array => true,
            AbiTypeKind.FixedArray => element!.IsDynamic,
            AbiTypeKind.Tuple => components.Any(c => c.IsDynamic),
            _ => false,
        };
    }

    /// <summary>The type family.</summary>
    public AbiTypeKind Kind { get; }

    /// <summary>Bits for <c>uintN</c>/<c>intN</c>, bytes for <c>bytesN</c>, length for <c>T[k]</c>, else 0.</summary>
    public int Size { get; }

    /// <summary>The element type of an array.</summary>
    public AbiType? Element { get; }

    /// <summary>The component types of a tuple (empty otherwise).</summary>
    public ImmutableArray<AbiType> Components { get; }

    /// <summary>The form used in signatures: <c>uint256</c>, <c>(address,bytes)[]</c>.</summary>
    public string CanonicalName { get; }

    /// <summary>True when the value lives in the tail (referenced by an offset).</summary>
    public bool IsDynamic { get; }

    /// <summary><c>address</c>.</summary>
    public static AbiType Address { get; } = new(AbiTypeKind.Address, 0, null, []);

    /// <summary><c>bool</c>.</summary>
    public static AbiType Bool { get; } = new(AbiTypeKind.Bool, 0, null, []);

    /// <summary><c>bytes</c>.</summary>
    public static AbiType Bytes { get; } = new(AbiTypeKind.Bytes, 0, null, []);

    /// <summary><c>string</c>.</summary>
    public static AbiType Utf8String { get; } = new(AbiTypeKind.Utf8String, 0, null, []);

    /// <summary><c>uint256</c>.</summary>
    public static AbiType Uint256 { get; } = UnsignedInteger(256);

    /// <summary><c>bytes32</c>.</summary>
    public static AbiType Bytes32 { get; } = FixedBytes(32);

    /// <summary>Bytes this type takes in the head of its enclosing tuple.</summary>
    internal int HeadSize => IsDynamic ? 32 : StaticSize;

    private int StaticSize => Kind switch
    {
        AbiTypeKind.FixedArray => checked(Size * Element!.StaticSize),
        AbiTypeKind.Tuple => Components.Sum(c => c.StaticSize),
        _ => 32,
    };

    /// <summary><c>uintN</c>.</summary>
    public static AbiType UnsignedInteger(int bits) => new(AbiTypeKind.UnsignedInteger, CheckBits(bits), null, []);

    /// <summary><c>intN</c>.</summary>
    public static AbiType SignedInteger(int bits) => new(AbiTypeKind.SignedInteger, CheckBits(bits), null, []);

    /// <summary><c>bytesN</c>.</summary>
    public static AbiType FixedBytes(int length) =>
        length is >= 1 and <= 32
            ? new(AbiTypeKind.FixedBytes, length, null, [])
            : throw new ArgumentOutOfRangeException(nameof(length), "bytesN needs 1 ≤ N ≤ 32.");

    /// <summary><c>T[]</c>.</summary>
    public static AbiType ArrayOf(AbiType element) =>
        new(AbiTypeKind.Array, 0, element ?? throw new ArgumentNullException(nameof(element)), []);

    /// <summary><c>T[k]</c>.</summary>
    public static AbiType FixedArrayOf(AbiType element, int length) =>
        length >= 1
            ? new(AbiTypeKind.FixedArray, length, element ?? throw new ArgumentNullException(nameof(element)), [])
            : throw new ArgumentOutOfRangeException(nameof(length), "A fixed array has at least one element.");

    /// <summary><c>(T1,…,Tn)</c>.</summary>
    public static AbiType Tuple(params ReadOnlySpan<AbiType> components) => new(AbiTypeKind.Tuple, 0, null, [.. components]);

    /// <summary>Parses a type; throws <see cref="FormatException"/> on unknown syntax.</summary>
    public static AbiType Parse(string text) => AbiSignatureParser.ParseType(text);

    /// <inheritdoc />
    public bool Equals(AbiType? other) => other is not null && CanonicalName == other.CanonicalName;

    /// <inheritdoc />
    public override int GetHashCode() => CanonicalName.GetHashCode(StringComparison.Ordinal);

    /// <summary>The canonical name.</summary>
    public override string ToString() => CanonicalName;

    private static int CheckBits(int bits) =>
        bits is >= 8 and <= 256 && bits % 8 == 0
            ? bits
            : throw new ArgumentOutOfRangeException(nameof(bits), "Integer widths are 8…256 by steps of 8.");

    private string BuildName() => Kind switch
    {
        AbiTypeKind.UnsignedInteger => $"uint{Size}",
        AbiTypeKind.SignedInteger => $"int{Size}",
        AbiTypeKind.Address => "address",
        AbiTypeKind.Bool => "bool",
        AbiTypeKind.FixedBytes => $"bytes{Size}",
        AbiTypeKind.Bytes => "bytes",
        AbiTypeKind.Utf8String => "string",
        AbiTypeKind.Array => Element!.CanonicalName + "[]",
        AbiTypeKind.FixedArray => $"{Element!.CanonicalName}[{Size}]",
        _ => "(" + string.Join(',', Components.Select(c => c.CanonicalName)) + ")",
    };
}

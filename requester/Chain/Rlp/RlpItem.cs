using System.Collections.Immutable;
using System.Numerics;
using System.Text;

namespace Daisee.Billing.Requester.Chain.Rlp;

/// <summary>
/// A Recursive Length Prefix value: either a byte string or a list of items. Equality is
/// structural (same bytes, or same items in the same order).
/// </summary>
public sealed record RlpItem
{
    private RlpItem(bool isList, ImmutableArray<byte> bytes, ImmutableArray<RlpItem> items)
    {
        IsList = isList;
        Bytes = bytes;
        Items = items;
    }

    /// <summary>The empty byte string (RLP 0x80): also integer zero.</summary>
    public static RlpItem Empty { get; } = new(false, [], []);

    /// <summary>The empty list (RLP 0xc0).</summary>
    public static RlpItem EmptyList { get; } = new(true, [], []);

    /// <summary>True for a list, false for a byte string.</summary>
    public bool IsList { get; }

    /// <summary>The bytes of a byte string (empty for a list).</summary>
    public ImmutableArray<byte> Bytes { get; }

    /// <summary>The items of a list (empty for a byte string).</summary>
    public ImmutableArray<RlpItem> Items { get; }

    /// <summary>A byte string.</summary>
    public static RlpItem FromBytes(ReadOnlySpan<byte> bytes) => new(false, [.. bytes], []);

    /// <summary>A byte string of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static RlpItem FromString(string text) => FromBytes(Encoding.UTF8.GetBytes(text));

    /// <summary>A non-negative integer: big-endian without leading zeros, zero being the empty string.</summary>
    public static RlpItem FromInteger(BigInteger value)
    {
        if (value.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "RLP integers are never negative.");
        }

        return value.IsZero ? Empty : FromBytes(value.ToByteArray(isUnsigned: true, isBigEndian: true));
    }

    /// <summary>The 20 bytes of an address.</summary>
    public static RlpItem FromAddress(Address address) => FromBytes(address.ToArray());

    /// <summary>A list of <paramref name="items"/>.</summary>
    public static RlpItem List(params ReadOnlySpan<RlpItem> items) => new(true, [], [.. items]);

    /// <summary>A list of <paramref name="items"/>.</summary>
    public static RlpItem List(IEnumerable<RlpItem> items) => new(true, [], [.. items]);

    /// <summary>Reads a byte string as a canonical integer (no leading zero byte).</summary>
    public BigInteger ToInteger()
    {
        if (IsList || (Bytes.Length > 0 && Bytes[0] == 0))
        {
            throw new FormatException("Not a canonical RLP integer.");
        }

        return new BigInteger(Bytes.AsSpan(), isUnsigned: true, isBigEndian: true);
    }

    /// <inheritdoc />
    public bool Equals(RlpItem? other) =>
        other is not null && IsList == other.IsList
        && (IsList ? Items.SequenceEqual(other.Items) : Bytes.AsSpan().SequenceEqual(other.Bytes.AsSpan()));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(IsList);
        foreach (var b in Bytes)
        {
            hash.Add(b);
        }

        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Bytes as hex, lists as [a, b].</summary>
    public override string ToString() =>
        IsList ? "[" + string.Join(", ", Items) + "]" : Hex.Encode(Bytes.AsSpan());
}

using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;

namespace Daisee.Billing.Requester.Chain.Abi;

/// <summary>
/// Decoded revert data: <c>Error(string)</c>, <c>Panic(uint256)</c>, a known custom error,
/// or raw bytes. <see cref="Message"/> is meant for people.
/// </summary>
public sealed record RevertReason(RevertReasonKind Kind, string Message, ImmutableArray<byte> Data)
{
    /// <summary><c>Error(string)</c>, selector 0x08c379a0.</summary>
    public static AbiError ErrorString { get; } = AbiError.Parse("Error(string)");

    /// <summary><c>Panic(uint256)</c>, selector 0x4e487b71.</summary>
    public static AbiError PanicCode { get; } = AbiError.Parse("Panic(uint256)");

    /// <summary>Decodes <paramref name="data"/>, trying <paramref name="knownErrors"/> for custom errors.</summary>
    public static RevertReason Decode(ReadOnlySpan<byte> data, IEnumerable<AbiError>? knownErrors = null)
    {
        ImmutableArray<byte> raw = [.. data];
        if (data.IsEmpty)
        {
            return new RevertReason(RevertReasonKind.Empty, "reverted without a reason", raw);
        }

        if (ErrorString.TryDecode(data, out var error))
        {
            return new RevertReason(RevertReasonKind.Error, error!.GetString(0), raw);
        }

        if (PanicCode.TryDecode(data, out var panic))
        {
            var code = panic!.GetInteger(0);
            return new RevertReason(RevertReasonKind.Panic, $"panic 0x{code.ToString("x2", CultureInfo.InvariantCulture)}: {Describe(code)}", raw);
        }

        foreach (var known in knownErrors ?? [])
        {
            if (known.TryDecode(data, out var arguments))
            {
                var text = string.Join(", ", arguments!.Select(AbiValueText.Format));
                return new RevertReason(RevertReasonKind.Custom, $"{known.Name}({text})", raw);
            }
        }

        var selector = data.Length >= Selector.Length ? Selector.FromBytes(data).ToString() : Hex.Encode(data);
        return new RevertReason(RevertReasonKind.Unknown, $"unknown error {selector} ({data.Length} bytes)", raw);
    }

    /// <summary>The message.</summary>
    public override string ToString() => Message;

    private static string Describe(BigInteger code) => (int)BigInteger.Min(code, 0x100) switch
    {
        0x00 => "generic compiler panic",
        0x01 => "assertion failed",
        0x11 => "arithmetic overflow or underflow",
        0x12 => "division or modulo by zero",
        0x21 => "invalid enum value",
        0x22 => "corrupt storage byte array",
        0x31 => "pop on an empty array",
        0x32 => "array index out of bounds",
        0x41 => "out of memory",
        0x51 => "call to an uninitialised internal function",
        _ => "unknown panic code",
    };
}

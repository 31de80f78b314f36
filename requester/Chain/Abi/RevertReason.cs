using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.ABI.Model;
using Nethereum.Hex.HexConvertors.Extensions;

namespace Daisee.Billing.Requester.Chain.Abi;

/// <summary>
/// Decoded revert data (Nethereum's decoders): <c>Error(string)</c>, <c>Panic(uint256)</c>, a
/// custom error of the contract's ABI, or raw bytes. <see cref="Message"/> is meant for people.
/// </summary>
public sealed record RevertReason(RevertReasonKind Kind, string Message, ImmutableArray<byte> Data)
{
    private static readonly ErrorABI Panic = new("Panic") { InputParameters = [new Parameter("uint256", "code", 1)] };

    /// <summary>Decodes <paramref name="data"/>, trying <paramref name="knownErrors"/> for custom errors.</summary>
    public static RevertReason Decode(ReadOnlySpan<byte> data, IEnumerable<ErrorABI>? knownErrors = null)
    {
        ImmutableArray<byte> raw = [.. data];
        var hex = data.ToArray().ToHex(true);
        if (data.IsEmpty)
        {
            return new RevertReason(RevertReasonKind.Empty, "reverted without a reason", raw);
        }

        var decoder = new FunctionCallDecoder();
        if (data.Length >= 68 && (data.Length - 4) % 32 == 0 && Try(() => decoder.DecodeFunctionErrorMessage(hex)) is { } message)
        {
            return new RevertReason(RevertReasonKind.Error, message, raw);
        }

        if (decoder.IsDataForError(Panic, hex) && data.Length == 36)
        {
            var code = (BigInteger)decoder.DecodeError(Panic, hex)[0].Result;
            return new RevertReason(RevertReasonKind.Panic, $"panic 0x{code.ToString("x2", CultureInfo.InvariantCulture)}: {Describe(code)}", raw);
        }

        if ((knownErrors ?? []).FirstOrDefault(e => decoder.IsDataForError(e, hex)) is { } known
            && Try(() => decoder.DecodeError(known, hex)) is { } arguments)
        {
            var text = string.Join(", ", arguments.Select(Format));
            return new RevertReason(RevertReasonKind.Custom, $"{known.Name}({text})", raw);
        }

        var selector = data.Length >= 4 ? data[..4].ToArray().ToHex(true) : hex;
        return new RevertReason(RevertReasonKind.Unknown, $"unknown error {selector} ({data.Length} bytes)", raw);
    }

    public override string ToString() => Message;

    /// <summary>Revert data is untrusted: a truncated or malformed payload is "unknown", never an exception.</summary>
    private static T? Try<T>(Func<T> decode)
        where T : class
    {
        try
        {
            return decode();
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or OverflowException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static string Format(ParameterOutput value) => value.Result switch
    {
        string text when value.Parameter.Type == "address" => Address.Parse(text).ToString(),
        string text => "\"" + text + "\"",
        byte[] bytes => bytes.ToHex(true),
        bool flag => flag ? "true" : "false",
        BigInteger number => number.ToString(CultureInfo.InvariantCulture),
        var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty,
    };

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

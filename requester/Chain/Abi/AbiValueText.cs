using System.Globalization;
using System.Numerics;

namespace Daisee.Billing.Requester.Chain.Abi;

/// <summary>Formats decoded ABI values for messages (invariant culture, hex bytes, checksum addresses).</summary>
internal static class AbiValueText
{
    public static string Format(object value) => value switch
    {
        BigInteger i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        byte[] bytes => Hex.Encode(bytes),
        string s => "\"" + s + "\"",
        AbiValues values => "[" + string.Join(", ", values.Select(Format)) + "]",
        _ => value.ToString() ?? "",
    };
}

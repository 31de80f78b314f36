using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>iExec tags: a bytes32 bit field; <c>tee</c> = bit 0, <c>scone</c> = bit 1, <c>gramine</c> = bit 2, <c>tdx</c> = bit 3.</summary>
public static class IexecTags
{
    /// <summary>Standard (no TEE).</summary>
    public static Hash32 Standard => default;

    /// <summary>TEE + TDX: 0x…09.</summary>
    public static Hash32 Tdx { get; } = Hash32.FromBigInteger(0x09);

    /// <summary>True when the tag asks for a TEE (bit 0): the dataset must then be encrypted and its key pushed to the SMS.</summary>
    public static bool IsTee(Hash32 tag) => (tag.ToArray()[Hash32.Length - 1] & 1) == 1;

    /// <summary>A hex bytes32 (short forms such as <c>0x0</c> or <c>0x9</c> are left-padded), or a comma list of names (<c>tee,tdx</c>).</summary>
    public static Hash32 Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Hash32.TryParse(text, out var hash))
        {
            return hash;
        }

        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && text.Length is > 2 and <= 66 && Hash32.TryParse("0x" + text[2..].PadLeft(64, '0'), out var padded))
        {
            return padded;
        }

        var bits = 0;
        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            bits |= name.ToLowerInvariant() switch
            {
                "tee" => 1,
                "scone" => 2,
                "gramine" => 4,
                "tdx" => 8,
                _ => throw new InvalidOperationException($"Unknown tag '{name}' (tee, scone, gramine, tdx or a bytes32 hex)."),
            };
        }

        return Hash32.FromBigInteger(bits);
    }
}

using System.Text;
using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Governance;

/// <summary>
/// A member's pseudonymous id on chain: the id's UTF-8 bytes, right-padded with zeros to 32 bytes
/// (Solidity's <c>bytes32("m01")</c>, <c>cast --format-bytes32-string m01</c>). Never a PRM or a name.
/// </summary>
public static class Pseudonym
{
    /// <summary>Encodes <paramref name="id"/>: 1 to 32 UTF-8 bytes, no NUL.</summary>
    public static bool TryEncode(string? id, out Hash32 value, out string problem)
    {
        value = Hash32.Zero;
        problem = string.Empty;
        var bytes = Encoding.UTF8.GetBytes(id ?? string.Empty);
        if (bytes.Length is 0 or > Hash32.Length || bytes.Contains((byte)0))
        {
            problem = $"--id must be 1 to 32 UTF-8 bytes without NUL (a pseudonym such as 'm01', never a PRM); got '{id}'.";
            return false;
        }

        var padded = new byte[Hash32.Length];
        bytes.CopyTo(padded, 0);
        value = new Hash32(padded);
        return true;
    }

    /// <summary>The text of an encoded id (trailing zeros dropped).</summary>
    public static string Decode(Hash32 value) => Encoding.UTF8.GetString(value.ToArray()).TrimEnd('\0');
}

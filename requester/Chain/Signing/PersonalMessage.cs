using System.Globalization;
using System.Text;
using Daisee.Billing.Requester.Chain.Crypto;

namespace Daisee.Billing.Requester.Chain.Signing;

/// <summary>
/// EIP-191 version 0x45 (<c>personal_sign</c>, ethers <c>signMessage</c>):
/// digest = keccak256("\x19Ethereum Signed Message:\n" ‖ decimal length ‖ message).
/// </summary>
public static class PersonalMessage
{
    /// <summary>The digest signed for <paramref name="message"/> (raw bytes, not their hex text).</summary>
    public static Hash32 Hash(ReadOnlySpan<byte> message)
    {
        var prefix = Encoding.ASCII.GetBytes(
            "\u0019Ethereum Signed Message:\n" + message.Length.ToString(CultureInfo.InvariantCulture));
        return Keccak256.Hash([.. prefix, .. message]);
    }

    /// <summary>Signs <paramref name="message"/> as <c>personal_sign</c> does.</summary>
    public static Signature Sign(ISigner signer, ReadOnlySpan<byte> message)
    {
        ArgumentNullException.ThrowIfNull(signer);
        return signer.Sign(Hash(message));
    }
}

using System.Text;
using Daisee.Billing.Requester.Chain;
using Nethereum.Util;

namespace Daisee.Billing.Requester.Tests.Chain;

/// <summary>Keccak-256 for the tests' expected values: Nethereum's, pinned by <see cref="Crypto.Keccak256Tests"/>.</summary>
internal static class Keccak256
{
    public static Hash32 Hash(string text) => Hash(Encoding.UTF8.GetBytes(text));

    public static Hash32 Hash(byte[] bytes) => new(Sha3Keccack.Current.CalculateHash(bytes));

    public static Hash32 HashConcatenation(params byte[][] parts) => Hash([.. parts.SelectMany(p => p)]);
}

using Daisee.Billing.Requester.Chain;
using System.Text;
using Daisee.Billing.Requester.Chain.Orders;
using Nethereum.Signer;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// The challenge the iExec SMS checks before storing a secret: for a dataset key (web3 secret)
/// keccak256(keccak256("IEXEC_SMS_DOMAIN") ‖ datasetAddress(20) ‖ keccak256(utf8(secret))),
/// signed by the dataset owner as an EIP-191 personal message over the 32 raw bytes; the
/// <c>Authorization</c> header is the 65-byte signature in hex.
/// </summary>
public static class SmsChallenge
{
    private static readonly Hash32 Domain = Keccak("IEXEC_SMS_DOMAIN");

    /// <summary>The challenge for pushing <paramref name="secret"/> as the key of <paramref name="dataset"/>.</summary>
    public static Hash32 ForDatasetKey(Address dataset, string secret) =>
        IexecIds.Keccak(Domain.ToArray(), dataset.ToArray(), Keccak(secret).ToArray());

    /// <summary>The challenge for a web2 secret <paramref name="name"/> of <paramref name="owner"/>.</summary>
    public static Hash32 ForWeb2Secret(Address owner, string name, string secret) =>
        IexecIds.Keccak(Domain.ToArray(), owner.ToArray(), Keccak(name).ToArray(), Keccak(secret).ToArray());

    /// <summary>The <c>Authorization</c> header value: 0x + r ‖ s ‖ v of the personal signature of <paramref name="challenge"/>.</summary>
    public static string Authorization(EthECKey signer, Hash32 challenge) =>
        new EthereumMessageSigner().Sign(challenge.ToArray(), signer);

    private static Hash32 Keccak(string text) => IexecIds.Keccak(Encoding.UTF8.GetBytes(text));
}

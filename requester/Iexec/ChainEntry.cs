using System.Numerics;
using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// One chain of <c>chain.json</c>, as the iExec SDK 9 reads it: the RPC endpoint, the PoCo hub
/// (diamond), the SMS, the IPFS gateway results are downloaded from and the market API. The
/// token, registries and EIP-712 domain are read from the hub itself.
/// </summary>
public sealed record ChainEntry(string Name, BigInteger Id, Uri Host, Address Hub, Uri? Sms, Uri? IpfsGateway, Uri? IexecGateway);

using System.Numerics;
using Daisee.Billing.Requester.Chain.Signing;

namespace Daisee.Billing.Requester.Chain.Orders;

/// <summary>
/// The PoCo EIP-712 domain: name <c>iExecODB</c>, version <c>5.0.0</c>, the chain id at
/// <c>configure()</c> time and the hub (diamond proxy) as verifying contract.
/// </summary>
public static class IexecDomain
{
    /// <summary>The domain name.</summary>
    public const string Name = "iExecODB";

    /// <summary>The domain version.</summary>
    public const string Version = "5.0.0";

    /// <summary>The domain of the hub <paramref name="hub"/> on chain <paramref name="chainId"/>.</summary>
    public static Eip712Domain For(BigInteger chainId, Address hub) => new(Name, Version, chainId, hub);
}

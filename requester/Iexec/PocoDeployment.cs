using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>Where a PoCo deployment lives: the hub (diamond), the RLC token and the three registries.</summary>
public sealed record PocoDeployment(Address Hub, Address Rlc, Address AppRegistry, Address DatasetRegistry, Address WorkerpoolRegistry);

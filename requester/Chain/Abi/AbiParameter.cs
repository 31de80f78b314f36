namespace Daisee.Billing.Requester.Chain.Abi;

/// <summary>A named function, event or error parameter; <paramref name="Indexed"/> only matters for events.</summary>
public sealed record AbiParameter(string Name, AbiType Type, bool Indexed = false);

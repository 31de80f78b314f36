namespace Daisee.Billing.Requester.Chain.Orders;

/// <summary>One member of an EIP-712 struct type: its name and Solidity type (<c>address</c>, <c>uint256</c>, <c>bytes32</c>, <c>string</c>).</summary>
public readonly record struct TypedDataField(string Name, string Type);

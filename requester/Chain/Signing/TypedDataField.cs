namespace Daisee.Billing.Requester.Chain.Signing;

/// <summary>One member of an EIP-712 struct type: <c>{"name": …, "type": …}</c>.</summary>
public readonly record struct TypedDataField(string Name, string Type);

namespace Daisee.Billing.Requester.Chain.Abi;

/// <summary>What a contract's revert data turned out to be.</summary>
public enum RevertReasonKind
{
    /// <summary>No data: <c>revert()</c>, <c>require(cond)</c> or out of gas.</summary>
    Empty,

    /// <summary><c>Error(string)</c>: <c>require(cond, "reason")</c> / <c>revert("reason")</c>.</summary>
    Error,

    /// <summary><c>Panic(uint256)</c>: a failed assert, overflow, division by zero…</summary>
    Panic,

    /// <summary>A custom error known to the caller.</summary>
    Custom,

    /// <summary>Data that matches nothing known.</summary>
    Unknown,
}

namespace Daisee.Billing.Requester.Chain.Abi;

/// <summary>The families of Solidity ABI types.</summary>
public enum AbiTypeKind
{
    /// <summary><c>uintN</c>, N = 8…256 by 8.</summary>
    UnsignedInteger,

    /// <summary><c>intN</c>, N = 8…256 by 8 (two's complement).</summary>
    SignedInteger,

    /// <summary><c>address</c> (20 bytes, left-padded).</summary>
    Address,

    /// <summary><c>bool</c>.</summary>
    Bool,

    /// <summary><c>bytesN</c>, N = 1…32 (right-padded).</summary>
    FixedBytes,

    /// <summary><c>bytes</c> (dynamic).</summary>
    Bytes,

    /// <summary><c>string</c> (dynamic, UTF-8).</summary>
    Utf8String,

    /// <summary><c>T[]</c> (dynamic).</summary>
    Array,

    /// <summary><c>T[k]</c> (dynamic when T is).</summary>
    FixedArray,

    /// <summary><c>(T1,…,Tn)</c> (dynamic when any component is).</summary>
    Tuple,
}

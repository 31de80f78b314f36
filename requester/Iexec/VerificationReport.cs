using System.Collections.Immutable;
using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>What <see cref="ResultVerifier"/> found: the recomputed digest, the on-chain one (if checked) and every problem.</summary>
public sealed record VerificationReport(Hash32? Digest, Hash32? OnChainDigest, ImmutableArray<string> Problems)
{
    /// <summary>True when nothing is wrong: the result can be shown.</summary>
    public bool IsValid => Problems.IsEmpty && Digest is not null;

    /// <summary>A member's copy: the files the manifest lists that were absent and not checked (other members' and the organiser's).</summary>
    public ImmutableArray<string> Absent { get; init; } = [];

    /// <summary>A member's copy: the listed files that were present and matched.</summary>
    public ImmutableArray<string> Checked { get; init; } = [];
}

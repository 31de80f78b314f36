namespace Daisee.Billing.Worker.Domain;

/// <summary>How the collective splits production. <see cref="KeysFile"/> is dataset-relative.</summary>
public sealed record AllocationRules(AllocationMethod Method)
{
    public string? KeysFile { get; init; }

    /// <summary>For <see cref="AllocationMethod.Cascade"/>: how a group shares what reaches it.</summary>
    public AllocationMethod Within { get; init; } = AllocationMethod.Prorata;

    /// <summary>For <see cref="AllocationMethod.Static"/>: redistribute the unused shares to the consumers still short (default: they are surplus).</summary>
    public bool StaticRedistribute { get; init; }
}

namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// One step as a key sees it: each consumer's consumption and each producer's production in
/// mWh (zero outside membership), in PRM order. A key fills the consumers' allocated energy.
/// </summary>
public readonly ref struct StepShares(ReadOnlySpan<long> consumption, ReadOnlySpan<long> production, int stepIndex)
{
    public ReadOnlySpan<long> Consumption { get; } = consumption;

    public ReadOnlySpan<long> Production { get; } = production;

    public int StepIndex { get; } = stepIndex;
}

namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// What the outputs say about the allocation stage: the key applied (with the number of steps
/// that had a keys-file coefficient, for dynamic-simple and full-dynamic), our own split, and
/// the reconciliation with the grid operator (whose split is the one billed when supplied).
/// </summary>
public sealed record AllocationReport(AllocationResult Engine, int? StepsWithKeys, ReconciliationResult Reconciliation)
{
    public AllocationResult Billed => Reconciliation.Billed;
}

namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// An allocation key of Code de l'énergie D315-4: fills each consumer's allocated energy for
/// one step. Contract: <c>0 ≤ allocated_i ≤ consumption_i</c> and <c>Σ allocated ≤ Σ production</c>.
/// </summary>
public interface IAllocationKey
{
    void Allocate(StepShares step, Span<long> allocated);
}

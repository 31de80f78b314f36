namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// A key that decides which producer supplies which consumer (full-dynamic). Besides each
/// consumer's allocated energy it fills each producer's autoproduced energy, with
/// <c>Σ autoproduced = Σ allocated</c> and <c>autoproduced_j ≤ production_j</c>.
/// </summary>
public interface IPairKey : IAllocationKey
{
    void Allocate(StepShares step, Span<long> allocated, Span<long> autoproduced);
}

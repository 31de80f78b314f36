using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Allocation;

/// <summary>
/// One value that differs from the grid operator's by more than the tolerance.
/// <see cref="Compared"/> says what was compared with the operator: <c>engine</c> (our own
/// split) or <c>site</c> (the provider's own meter). <c>Difference = compared − operator</c>.
/// </summary>
public sealed record ReconciliationDifference(Step Step, Prm Prm, SplitQuantity Quantity, string Compared, Energy ComparedValue, Energy OperatorValue)
{
    public const string Engine = "engine";
    public const string Site = "site";

    public Energy Difference => ComparedValue - OperatorValue;

    public static string QuantityName(SplitQuantity quantity) => quantity.ToString().ToLowerInvariant();
}

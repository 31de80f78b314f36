using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// A producer statement's sums: energy sold to members and its value, surplus and its value
/// (excl. tax). Amounts are sums of lines already rounded to the cent (see <see cref="Rounding"/>).
/// </summary>
public sealed record StatementTotals(Energy Sold, Money SoldAmount, Energy Surplus, Money SurplusAmount)
{
    public static StatementTotals Of(Bill statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var sold = statement.Lines.Where(l => l.Code == StatementCalculator.SoldCode).ToArray();
        var surplus = statement.Lines.Where(l => l.Code == StatementCalculator.SurplusCode).ToArray();
        var zero = Money.Zero(statement.Currency);
        return new StatementTotals(
            sold.Aggregate(Energy.Zero, (s, l) => s + l.Energy),
            sold.Aggregate(zero, (s, l) => s + l.Amount),
            surplus.Aggregate(Energy.Zero, (s, l) => s + l.Energy),
            surplus.Aggregate(zero, (s, l) => s + l.Amount));
    }
}

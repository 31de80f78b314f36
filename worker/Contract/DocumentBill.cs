namespace Daisee.Billing.Contract;

/// <summary>A document's lines and totals (EUR): local charges, a supplier estimate or a producer statement.</summary>
public sealed record DocumentBill(string Currency, IReadOnlyList<DocumentLine> Lines, decimal AmountExclTaxEur, decimal TaxesEur, decimal TotalEur, bool UsesUnsureRates);

using System.Collections.Immutable;

namespace Daisee.Billing.Contract;

/// <summary>A consumer's local-energy invoice in short: kWh per price class, amounts in EUR (lines rounded to the cent, summed).</summary>
public sealed record SummaryBill(ImmutableSortedDictionary<string, decimal> EnergyKwhByClass, decimal AmountExclTaxEur, decimal TaxesEur, decimal TotalEur);

namespace Daisee.Billing.Contract;

/// <summary>A seller's totals over all its invoices of the period (EUR), for its declarations.</summary>
public sealed record DocumentSellerTotals(string Seller, int Invoices, decimal TotalHtEur, decimal ExciseEur, decimal VatEur, decimal TotalTtcEur);

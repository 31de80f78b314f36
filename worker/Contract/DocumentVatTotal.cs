namespace Daisee.Billing.Contract;

/// <summary>One VAT line of an invoice, per seller and rate: the rate (percent), the base and the VAT (EUR).</summary>
public sealed record DocumentVatTotal(string Seller, decimal RatePercent, decimal BaseHtEur, decimal VatEur);

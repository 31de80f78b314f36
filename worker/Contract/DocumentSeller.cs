namespace Daisee.Billing.Contract;

/// <summary>A seller as an invoice names it; <see cref="VatRegime"/> is <c>standard</c> or <c>franchise-293B</c>.</summary>
public sealed record DocumentSeller(string Id, string LegalName, string Address, string Siren, string Siret, string VatNumber, string VatRegime);

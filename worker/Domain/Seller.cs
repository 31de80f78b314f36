namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// A legal person that sells local energy (a producer's owner) or invoices under mandate (the
/// PMO), as declared in <c>collective.json</c> <c>sellers[]</c>: the identity every invoice must
/// carry (CGI art. 242 nonies A), its VAT regime and its invoice series prefix.
/// </summary>
public sealed record Seller(string Id, string LegalName, string Address, string Siret, VatRegime VatRegime, string InvoicePrefix)
{
    /// <summary>Intra-community VAT number; absent under the franchise.</summary>
    public string? VatNumber { get; init; }

    /// <summary>How to pay (e.g. transfer to an IBAN), printed on the invoice.</summary>
    public string? Payment { get; init; }

    /// <summary>Where members send complaints (address, e-mail or phone).</summary>
    public string? Contact { get; init; }

    /// <summary>The nine-digit SIREN: the first nine digits of the SIRET.</summary>
    public string Siren => Siret.Length >= 9 ? Siret[..9] : Siret;
}

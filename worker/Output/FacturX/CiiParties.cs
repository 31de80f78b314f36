using System.Text.RegularExpressions;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output.FacturX;

/// <summary>
/// The seller and buyer of a CII invoice. Legal identifiers: the seller's SIREN (scheme 0002) and
/// VAT number (<c>VA</c>; under the 293 B franchise, without a VAT number, the SIREN as its local tax
/// registration <c>FC</c>, EN 16931 BR-E-2), a business or public buyer's SIRET (scheme 0009).
/// Addresses are one text in <c>collective.json</c>: "street, 69100 City" is split at the last
/// comma into line, postcode and city; otherwise the whole text is the line. The country is FR:
/// collective self-consumption is a French scheme (Code de l'énergie L315-2).
/// </summary>
public static partial class CiiParties
{
    public const string Country = "FR";

    public static void Seller(CiiXml xml, Seller seller)
    {
        xml.Open("SellerTradeParty");
        xml.Text("Name", seller.LegalName.Length > 0 ? seller.LegalName : "vendeur non déclaré");
        if (seller.Siren.Length > 0)
        {
            xml.Open("SpecifiedLegalOrganization");
            xml.Text("ID", seller.Siren, "schemeID", "0002");
            xml.Close();
        }

        Address(xml, seller.Address);
        if (seller.VatNumber is { Length: > 0 } vat)
        {
            TaxRegistration(xml, vat, "VA");
        }
        else if (seller.VatRegime == VatRegime.Franchise293B && seller.Siren.Length > 0)
        {
            TaxRegistration(xml, seller.Siren, "FC");
        }

        xml.Close();
    }

    public static void Buyer(CiiXml xml, Participant buyer)
    {
        xml.Open("BuyerTradeParty");
        xml.Text("Name", buyer.Name);
        if (buyer.Siret is { Length: > 0 } siret)
        {
            xml.Open("SpecifiedLegalOrganization");
            xml.Text("ID", siret, "schemeID", "0009");
            xml.Close();
        }

        Address(xml, buyer.BillingAddress ?? string.Empty);
        xml.Close();
    }

    /// <summary>The delivery point: the member's PRM, the grid operator's identifier of the meter.</summary>
    public static void ShipTo(CiiXml xml, Participant buyer)
    {
        xml.Open("ShipToTradeParty");
        xml.Text("ID", buyer.Prm.Value);
        xml.Text("Name", $"PRM {buyer.Prm.Value}");
        xml.Close();
    }

    public static void Address(CiiXml xml, string address)
    {
        xml.Open("PostalTradeAddress");
        var match = PostcodeCity().Match(address);
        if (match.Success)
        {
            xml.Text("PostcodeCode", match.Groups["postcode"].Value);
            xml.Text("LineOne", match.Groups["line"].Value.Trim());
            xml.Text("CityName", match.Groups["city"].Value.Trim());
        }
        else if (address.Trim().Length > 0)
        {
            xml.Text("LineOne", address.Trim());
        }

        xml.Text("CountryID", Country);
        xml.Close();
    }

    private static void TaxRegistration(CiiXml xml, string id, string scheme)
    {
        xml.Open("SpecifiedTaxRegistration");
        xml.Text("ID", id, "schemeID", scheme);
        xml.Close();
    }

    [GeneratedRegex(@"^(?<line>.+),\s*(?<postcode>\d{5})\s+(?<city>[^,]+)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PostcodeCity();
}

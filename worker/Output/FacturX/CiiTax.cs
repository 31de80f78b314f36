using System.Collections.Immutable;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output.FacturX;

/// <summary>
/// VAT categories of EN 16931 (UNTDID 5305) for the lines of a local invoice: <c>S</c> (standard)
/// at the line's VAT rate when VAT is charged; <c>E</c> (exempt, rate 0) for a seller under the
/// franchise of CGI art. 293 B, with its reason and the code <c>VATEX-FR-FRANCHISE</c>; <c>Z</c>
/// (rate 0) for any other line without VAT. The breakdown has one entry per category and rate:
/// its base is the sum of the rounded lines, its VAT the sum of the invoice's rounded VAT lines at
/// that rate (for one seller: that rate applied once to the base, CGI rounding, BR-CO-17).
/// </summary>
public static class CiiTax
{
    public const string Standard = "S";
    public const string Exempt = "E";
    public const string ZeroRated = "Z";
    public const string FranchiseCode = "VATEX-FR-FRANCHISE";

    public sealed record Breakdown(string Category, decimal RatePercent, decimal BasisAmount, decimal TaxAmount);

    public static (string Category, decimal RatePercent) CategoryOf(BillLine line, Invoice invoice)
    {
        if (line.Vat is { } vat)
        {
            return (Standard, vat.Value);
        }

        var seller = invoice.Sellers.FirstOrDefault(s => s.Id == line.SellerId) ?? invoice.Issuer;
        return (seller.VatRegime == VatRegime.Franchise293B ? Exempt : ZeroRated, 0m);
    }

    /// <summary>The lines that are sold items (everything but the VAT lines), in invoice order.</summary>
    public static ImmutableArray<BillLine> Items(Invoice invoice) => [.. invoice.Lines.Where(l => l.Code != VatLines.Code)];

    public static ImmutableArray<Breakdown> Of(Invoice invoice)
    {
        var vat = invoice.Lines.Where(l => l.Code == VatLines.Code).ToList();
        return
        [
            .. Items(invoice).GroupBy(l => CategoryOf(l, invoice))
                .OrderBy(g => g.Key.Category, StringComparer.Ordinal).ThenByDescending(g => g.Key.RatePercent)
                .Select(g => new Breakdown(g.Key.Category, g.Key.RatePercent, g.Sum(l => l.Amount.Amount),
                    g.Key.Category == Standard ? vat.Where(v => v.Rate == g.Key.RatePercent).Sum(v => v.Amount.Amount) : 0m)),
        ];
    }
}

namespace Daisee.Billing.Worker.Domain;

/// <summary>A seller's VAT status: liable to VAT, or under the <i>franchise en base</i> (CGI art. 293 B: no VAT charged).</summary>
public enum VatRegime
{
    Standard,
    Franchise293B,
}

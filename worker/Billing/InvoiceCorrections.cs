using System.Collections.Immutable;
using System.Globalization;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// Re-billing a month already billed (<see cref="PreviousRun"/>). Issued invoices are final: an
/// invoice whose lines (code, seller, quantity, amount) are unchanged stays in force as issued
/// (same number and dates); a changed one is cancelled by a credit note (avoir) carrying its lines
/// and referencing it, and replaced by a new invoice; both take the next numbers of the issuer's
/// series for the period (after every number the previous run used), credit note first, in PRM
/// order of the buyers. An invoice with no counterpart any more is only credited; a new one is numbered.
/// </summary>
public static class InvoiceCorrections
{
    public static (ImmutableArray<Invoice> InForce, ImmutableArray<InvoiceCorrection> Corrections) Apply(ImmutableArray<Invoice> computed, PreviousRun previous, Collective collective, string reason)
    {
        if (previous.IsEmpty)
        {
            return (computed, []);
        }

        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        var inForce = ImmutableArray.CreateBuilder<Invoice>();
        var corrections = ImmutableArray.CreateBuilder<InvoiceCorrection>();
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var invoice in computed.OrderBy(i => i.Buyer.Prm).ThenBy(i => i.Issuer.Id, StringComparer.Ordinal))
        {
            var before = previous.Invoices.FirstOrDefault(p => p.IssuerId == invoice.Issuer.Id && p.Buyer == invoice.Buyer.Prm);
            if (before is not null)
            {
                matched.Add(before.Number);
            }

            if (before is not null && Same(before.Lines, invoice.Lines))
            {
                inForce.Add(invoice with { Number = before.Number, IssueDate = before.IssueDate, DueDate = before.DueDate });
                continue;
            }

            if (before is not null)
            {
                corrections.Add(new InvoiceCorrection(CreditNote(invoice, before, Next(invoice.Number, previous, next)), before, null, reason));
            }

            var replacement = invoice with { Number = Next(invoice.Number, previous, next) };
            inForce.Add(replacement);
            if (before is not null)
            {
                corrections[^1] = corrections[^1] with { Replacement = replacement };
            }
        }

        foreach (var gone in previous.Invoices.Where(p => !matched.Contains(p.Number)).OrderBy(p => p.Buyer).ThenBy(p => p.IssuerId, StringComparer.Ordinal))
        {
            if (collective.Find(gone.Buyer) is { } buyer && collective.SellerOf(gone.IssuerId) is { } issuer)
            {
                var template = new Invoice(gone.Number, issuer, buyer, computed.FirstOrDefault()?.IssueDate ?? gone.IssueDate,
                    computed.FirstOrDefault()?.DueDate ?? gone.DueDate, [], collective.Currency);
                corrections.Add(new InvoiceCorrection(CreditNote(template, gone, Next(gone.Number, previous, next)), gone, null, reason));
            }
        }

        return (inForce.ToImmutable(), corrections.ToImmutable());
    }

    private static Invoice CreditNote(Invoice current, PreviousInvoice cancelled, string number) =>
        current with { Number = number, Lines = cancelled.Lines };

    /// <summary>The next number of the series (<c>PREFIX-YYYYMM-</c>) of <paramref name="number"/>.</summary>
    private static string Next(string number, PreviousRun previous, Dictionary<string, int> next)
    {
        var stem = number[..(number.LastIndexOf('-') + 1)];
        if (!next.TryGetValue(stem, out var last))
        {
            last = previous.Numbers.Where(n => n.StartsWith(stem, StringComparison.Ordinal))
                .Select(n => int.TryParse(n[stem.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : 0).DefaultIfEmpty(0).Max();
        }

        next[stem] = last + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{stem}{last + 1:0000}");
    }

    private static bool Same(ImmutableArray<BillLine> before, ImmutableArray<BillLine> now) =>
        before.Length == now.Length && before.Zip(now).All(p => p.First.Code == p.Second.Code && p.First.SellerId == p.Second.SellerId
            && p.First.Quantity == p.Second.Quantity && p.First.Amount.Amount == p.Second.Amount.Amount);
}
